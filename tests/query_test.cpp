// bilat query: name resolution, each query against the bundled corpus (built
// through the library, and read back from graphs/persons.json), the table,
// JSON and CSV writers, and the `bilat query` command end to end.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>

#include "graph/graph_builder.h"
#include "graph/graph_json.h"
#include "graph_fixtures.h"
#include "query/agreements.h"
#include "query/centrality.h"
#include "query/csv_writer.h"
#include "query/graph_source.h"
#include "query/json_writer.h"
#include "query/meetings.h"
#include "query/name_resolver.h"
#include "query/path.h"
#include "query/table_writer.h"
#include "query/trade_series.h"
#include "query/visits.h"
#include "test_util.h"

namespace bilat::query {
namespace {

using testing::RepoGazetteer;
using testing::RepoPath;

// corpus/ extracted and built in memory, as `bilat query ... corpus` does.
const graph::KnowledgeGraph& CorpusGraph() {
  static const graph::KnowledgeGraph* built = [] {
    auto* g = new graph::KnowledgeGraph;
    GraphSource source;
    source.inputs = {RepoPath("corpus").string()};
    source.pipeline.threads = 2;
    extract::RunSummary summary;
    Status s = LoadGraph(source, RepoGazetteer(), g, &summary);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    REQUIRE(summary.skipped_total() == 0);
    return g;
  }();
  return *built;
}

std::string Resolved(const graph::KnowledgeGraph& g, const std::string& name) {
  NameResolver resolver(g, &RepoGazetteer());
  ResolvedName out;
  Status s = resolver.Resolve(name, &out);
  return s.ok() ? out.id : "error: " + s.ToString();
}

template <typename Rows>
std::string Render(const Rows& rows, ResultTable (*to_table)(const Rows&), OutputFormat format) {
  std::ostringstream out;
  WriteResult(to_table(rows), format, out);
  return out.str();
}

// ---- names ----

TEST_CASE("query names: any language of the gazetteer, codes, ids and unlinked labels") {
  struct Row {
    const char* name;
    const char* id;
  };
  const Row rows[] = {
      {"越南", "VN"},          {"Vietnam", "VN"},       {"Việt Nam", "VN"},  {"VN", "VN"},
      {"vn", "VN"},            {" Viet Nam ", "VN"},    {"河内", "VN"},       {"苏林", "vn.to-lam"},
      {"To Lam", "vn.to-lam"}, {"Tô Lâm", "vn.to-lam"}, {"蘇林", "vn.to-lam"}, {"to lam", "vn.to-lam"},
      {"vn.to-lam", "vn.to-lam"}, {"金正恩", "kp.kim-jong-un"}, {"朝鲜", "KP"},
      {"丹尼斯·诺贝柳斯", "person:丹尼斯·诺贝柳斯"},  // an unlinked person, by the label of the node
      {"FR", "FR"},            // known to the gazetteer, not in the graph
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(Resolved(CorpusGraph(), row.name) == row.id);
  }
  NameResolver resolver(CorpusGraph(), &RepoGazetteer());
  ResolvedName fr;
  REQUIRE(resolver.Resolve("France", &fr).ok());
  CHECK_FALSE(fr.in_graph);
  CHECK(fr.label == "法国");
}

TEST_CASE("query names: an unknown name is NotFound with the closest known names") {
  struct Row {
    const char* name;
    const char* first_suggestion;
  };
  const Row rows[] = {
      {"To Lum", "To Lam (vn.to-lam)"},
      {"Vietnm", "Vietnam (VN)"},
      {"金正思", "金正恩 (kp.kim-jong-un)"},
      {"Chna", "China (CN)"},
  };
  NameResolver resolver(CorpusGraph(), &RepoGazetteer());
  for (const Row& row : rows) {
    CAPTURE(row.name);
    ResolvedName out;
    Status s = resolver.Resolve(row.name, &out);
    CHECK(s.code() == Status::Code::kNotFound);
    CHECK(s.ToString().rfind(std::string("unknown name '") + row.name + "'; closest known names: " +
                                 row.first_suggestion + ", ",
                             0) == 0);
    CHECK(resolver.Closest(row.name).size() == 3);
  }
  ResolvedName out;
  CHECK(resolver.Resolve("  ", &out).code() == Status::Code::kUsage);
}

TEST_CASE("query names: edit distance over code points") {
  struct Row {
    std::u32string a, b;
    size_t distance;
  };
  const Row rows[] = {
      {U"", U"", 0},          {U"abc", U"", 3},          {U"", U"abc", 3},        {U"to lum", U"to lam", 1},
      {U"越南", U"越南", 0},  {U"越南", U"南越", 2},     {U"苏林", U"蘇林", 1},   {U"kitten", U"sitting", 3},
  };
  for (const Row& row : rows) {
    CAPTURE(row.distance);
    CHECK(EditDistance(row.a, row.b) == row.distance);
    CHECK(EditDistance(row.b, row.a) == row.distance);
  }
}

// ---- visits ----

TEST_CASE("query visits --host VN: the DPRK leaders' visits, 金正恩 2019-02 among them") {
  VisitQuery q;
  q.host = "VN";
  q.from = "KP";
  std::vector<VisitRow> rows = FindVisits(CorpusGraph(), &RepoGazetteer(), q);
  struct Expected {
    const char* start;
    const char* visitor;
    const char* office;
  };
  const Expected expected[] = {
      {"1958-12", "金日成", "政府首脑"}, {"1964", "金日成", "政府首脑"},    {"2001-07", "金永南", "国家元首"},
      {"2012-08", "金永南", "国家元首"}, {"2016-06", "崔泰福", "党的官员"}, {"2018-11", "李勇浩", "外交部长"},
      {"2019-02", "金正恩", "国家元首"},
  };
  REQUIRE(rows.size() == std::size(expected));
  for (size_t i = 0; i < rows.size(); ++i) {
    CAPTURE(expected[i].start);
    CHECK(rows[i].start == expected[i].start);
    CHECK(rows[i].visitor == expected[i].visitor);
    CHECK(rows[i].office == expected[i].office);
    CHECK(rows[i].from == "KP");
    CHECK(rows[i].host_label == "越南");
    CHECK(rows[i].status == "done");
    CHECK(rows[i].sources == std::vector<std::string>{testing::kDoc000});
  }
  CHECK(rows.back().visitor_id == "kp.kim-jong-un");
  CHECK(rows.back().office_id == "head_of_state");

  // Without --from: every visit to Vietnam, the undated one last.
  q.from.clear();
  rows = FindVisits(CorpusGraph(), &RepoGazetteer(), q);
  CHECK(rows.size() > std::size(expected));
  CHECK(rows.back().start.empty());
  for (const VisitRow& r : rows) CHECK(r.host == "VN");
}

TEST_CASE("query visits --visitor \"To Lam\": the Belarus and Laos visits") {
  VisitQuery q;
  q.visitor = Resolved(CorpusGraph(), "To Lam");
  std::vector<VisitRow> rows = FindVisits(CorpusGraph(), &RepoGazetteer(), q);
  std::vector<std::string> hosts;
  for (const VisitRow& r : rows) {
    CHECK(r.visitor == "苏林");
    CHECK(r.from == "VN");
    hosts.push_back(r.host);
  }
  CHECK(std::find(hosts.begin(), hosts.end(), "BY") != hosts.end());
  CHECK(std::find(hosts.begin(), hosts.end(), "LA") != hosts.end());
  auto laos = std::find_if(rows.begin(), rows.end(), [](const VisitRow& r) { return r.host == "LA"; });
  REQUIRE(laos != rows.end());
  CHECK(laos->start == "2025-12-02");
  CHECK(laos->office == "执政党领导人");
  CHECK(laos->sources == std::vector<std::string>{"004_5a876704dde407d5.txt"});
}

TEST_CASE("query visits: date window and status filters") {
  struct Row {
    const char* since;
    const char* until;
    const char* status;
    size_t count;  // visits of DPRK people to Vietnam that pass
  };
  const Row rows[] = {
      {"", "", "", 7},         {"2000", "", "", 5},    {"", "1999", "", 2},      {"2012", "2018", "", 3},
      {"2019-02", "2019-02", "", 1}, {"", "", "planned", 0}, {"", "", "done", 7},
  };
  for (const Row& row : rows) {
    CAPTURE(row.since);
    CAPTURE(row.until);
    CAPTURE(row.status);
    VisitQuery q{"", "KP", "VN", Date::ParseIso(row.since).value_or(Date{}), Date::ParseIso(row.until).value_or(Date{}),
                 row.status};
    CHECK(FindVisits(CorpusGraph(), &RepoGazetteer(), q).size() == row.count);
  }
}

// ---- trade ----

TEST_CASE("query trade --between VN CN: 2021 → 165,900,000,000 USD, oldest first") {
  for (const auto& [a, b] : {std::pair{"VN", "CN"}, std::pair{"中国", "Việt Nam"}}) {
    CAPTURE(a);
    TradeQuery q{Resolved(CorpusGraph(), a), Resolved(CorpusGraph(), b), ""};
    std::vector<TradeRow> rows = FindTrade(CorpusGraph(), q);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].period == "2021");
    CHECK(rows[0].flow == "bilateral");
    REQUIRE(rows[0].figures.size() == 1);
    CHECK(rows[0].figures[0].value_usd == 165900000000.0);
    CHECK(rows[0].figures[0].sources == std::vector<std::string>{testing::kDoc001});
    CHECK(rows[1].period == "2022-01/2022-08");
    CHECK(rows[1].figures[0].value_usd == 117400000000.0);
    CHECK_FALSE(rows[0].conflict());
  }
  std::string table = Render(FindTrade(CorpusGraph(), {"VN", "CN", ""}), TradeTable, OutputFormat::kTable);
  CHECK(table.find("2021             bilateral  165,900,000,000  001_6f535ffbc21a5a93.txt\n") != std::string::npos);
}

TEST_CASE("query trade: flows as seen from the first country") {
  struct Row {
    const char* a;
    const char* b;
    const char* flow;
    std::vector<std::string> periods;
    std::vector<std::string> flows;
  };
  const Row rows[] = {
      {"VN", "KP", "", {"2012", "2017", "2018"}, {"bilateral", "export", "export"}},
      {"KP", "VN", "", {"2012", "2017", "2018"}, {"bilateral", "import", "import"}},
      {"VN", "KP", "export", {"2017", "2018"}, {"export", "export"}},
      {"VN", "KP", "import", {}, {}},
      {"KP", "VN", "import", {"2017", "2018"}, {"import", "import"}},
      {"VN", "KP", "bilateral", {"2012"}, {"bilateral"}},
      {"VN", "FR", "", {}, {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a);
    CAPTURE(row.b);
    CAPTURE(row.flow);
    std::vector<std::string> periods, flows;
    for (const TradeRow& r : FindTrade(CorpusGraph(), {row.a, row.b, row.flow})) {
      periods.push_back(r.period);
      flows.push_back(r.flow);
      CHECK((r.flow == "import" ? r.to : r.from) == (r.flow == "bilateral" ? r.from : std::string(row.a)));
    }
    CHECK(periods == row.periods);
    CHECK(flows == row.flows);
  }
  CHECK(CheckTradeFlow("exports").code() == Status::Code::kUsage);
  CHECK(CheckTradeFlow("").ok());
}

TEST_CASE("query trade: conflicting figures share a row, side by side") {
  std::vector<extract::Event> events = testing::CorpusEvents();
  events.push_back(testing::Trade("VN", "CN", "2021", 160000000000, "009_other.txt", 10, "2021年越中贸易额1600亿美元。"));
  graph::KnowledgeGraph g = graph::BuildGraph(events, &RepoGazetteer());
  std::vector<TradeRow> rows = FindTrade(g, {"VN", "CN", ""});
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].conflict());
  REQUIRE(rows[0].figures.size() == 2);
  CHECK(rows[0].figures[0].value_usd == 160000000000.0);
  CHECK(rows[0].figures[1].value_usd == 165900000000.0);

  ResultTable table = TradeTable(rows);
  CHECK(table.rows[0][4].text == "160,000,000,000 | 165,900,000,000");
  CHECK(table.rows[0][5].text == "009_other.txt | 001_6f535ffbc21a5a93.txt");
  std::ostringstream csv;
  WriteCsv(table, csv);
  CHECK(csv.str().find("2021,bilateral,VN,CN,160000000000,009_other.txt,165900000000 (001_6f535ffbc21a5a93.txt),"
                       "true,false\n") != std::string::npos);
  std::ostringstream json;
  WriteJson(table, json);
  auto parsed = nlohmann::json::parse(json.str());
  CHECK(parsed[0]["other_figures"][0]["value_usd"] == 165900000000);
  CHECK(parsed[0]["conflict"] == true);
}

// ---- agreements, meetings ----

TEST_CASE("query agreements: by party, with another party, since") {
  struct Row {
    const char* party;
    const char* with;
    const char* since;
    std::vector<std::string> titles;
  };
  const Row rows[] = {
      {"朝鲜", "", "", {"朝鲜-越南联合声明", "越南-朝鲜贸易协定"}},
      {"Japan", "Vietnam", "", {"联合声明", "越日经济合作伙伴协定"}},
      {"VN", "JP", "2012", {"越日经济合作伙伴协定"}},
      {"", "LA", "", {"联合声明"}},
      {"KP", "JP", "", {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.party);
    CAPTURE(row.with);
    AgreementQuery q;
    if (*row.party) q.party = Resolved(CorpusGraph(), row.party);
    if (*row.with) q.with = Resolved(CorpusGraph(), row.with);
    q.since = Date::ParseIso(row.since).value_or(Date{});
    std::vector<std::string> titles;
    for (const AgreementRow& r : FindAgreements(CorpusGraph(), &RepoGazetteer(), q)) titles.push_back(r.title);
    CHECK(titles == row.titles);
  }
  AgreementQuery kp;
  kp.party = "KP";
  std::vector<AgreementRow> rows_kp = FindAgreements(CorpusGraph(), &RepoGazetteer(), kp);
  REQUIRE(!rows_kp.empty());
  CHECK(rows_kp[0].date == "1958-12");
  CHECK(rows_kp[0].party_labels == std::vector<std::string>{"朝鲜", "越南"});
  CHECK(rows_kp[0].sources == std::vector<std::string>{testing::kDoc000});
}

TEST_CASE("query meetings: by person (always side a) and by country") {
  MeetingQuery q;
  q.person = Resolved(CorpusGraph(), "蘇林");
  std::vector<MeetingRow> rows = FindMeetings(CorpusGraph(), &RepoGazetteer(), q);
  std::vector<std::string> counterparts;
  for (const MeetingRow& r : rows) {
    CHECK(r.a_id == "vn.to-lam");
    CHECK(r.a_country_label == "越南");
    counterparts.push_back(r.b_id);
  }
  CHECK(std::find(counterparts.begin(), counterparts.end(), "la.thongloun-sisoulith") != counterparts.end());
  CHECK(std::find(counterparts.begin(), counterparts.end(), "kh.hun-sen") != counterparts.end());
  CHECK(rows.back().date.empty());  // undated last

  MeetingQuery laos;
  laos.country = "LA";
  rows = FindMeetings(CorpusGraph(), &RepoGazetteer(), laos);
  CHECK(rows.size() == 4);
  for (const MeetingRow& r : rows) {
    CHECK(r.date == "2025-12-02");
    CHECK(r.b_country_label == "老挝");
  }
}

// ---- path, top ----

TEST_CASE("query path: the shortest chain, each hop with relation and date") {
  struct Row {
    const char* a;
    const char* b;
    size_t hops;
  };
  const Row rows[] = {
      {"金正恩", "越南", 1}, {"越南", "金正恩", 1}, {"金正恩", "To Lam", 2}, {"金正恩", "Brazil", 3},
      {"VN", "VN", 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.a);
    CAPTURE(row.b);
    std::string a = Resolved(CorpusGraph(), row.a), b = Resolved(CorpusGraph(), row.b);
    std::vector<PathHop> hops;
    REQUIRE(FindPath(CorpusGraph(), a, b, &hops).ok());
    REQUIRE(hops.size() == row.hops);
    if (hops.empty()) continue;
    CHECK(hops.front().from_id == a);
    CHECK(hops.back().to_id == b);
    for (size_t i = 1; i < hops.size(); ++i) CHECK(hops[i].from_id == hops[i - 1].to_id);
  }
  std::vector<PathHop> hops;
  REQUIRE(FindPath(CorpusGraph(), "kp.kim-jong-un", "vn.to-lam", &hops).ok());
  REQUIRE(hops.size() == 2);
  CHECK(hops[0].relation == "visit");
  CHECK(hops[0].forward);
  CHECK(hops[0].date == "2019-02");
  CHECK(hops[1].relation == "holds_office");
  CHECK_FALSE(hops[1].forward);
  CHECK(hops[1].date == "2024-08-03–");  // the latest term of the parallel ones
  CHECK(hops[1].detail == "party_leader");

  CHECK(FindPath(CorpusGraph(), "VN", "FR", &hops).code() == Status::Code::kNotFound);
}

TEST_CASE("query top: degree and betweenness, by kind, ties share a rank") {
  TopQuery q;
  q.n = 3;
  std::vector<TopRow> rows = TopNodes(CorpusGraph(), q);
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].id == "VN");
  for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].score >= rows[i].score);

  q.by = Centrality::kBetweenness;
  q.n = 5;
  rows = TopNodes(CorpusGraph(), q);
  REQUIRE(rows.size() == 5);
  CHECK(rows[0].id == "VN");
  CHECK(rows[1].id == "vn.to-lam");
  for (size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].score >= rows[i].score);

  q.kind = graph::NodeKind::kPerson;
  q.by = Centrality::kDegree;
  q.n = 100;
  rows = TopNodes(CorpusGraph(), q);
  for (const TopRow& r : rows) CHECK(r.kind == graph::NodeKind::kPerson);
  REQUIRE(rows.size() >= 2);
  CHECK(rows[0].id == "vn.pham-minh-chinh");
  CHECK(rows[0].score == 9);
  for (size_t i = 1; i < rows.size(); ++i)
    CHECK(rows[i].rank == (rows[i].score == rows[i - 1].score ? rows[i - 1].rank : i + 1));

  // Betweenness of a path a - b - c: only b lies between, on one pair.
  graph::KnowledgeGraph line;
  graph::EdgeProps visit;
  auto node = [&line](const char* id) {
    graph::NodeProps props;
    props.id = id;
    return line.AddNode(props);
  };
  auto a = node("A"), b = node("B"), c = node("C");
  line.AddEdge(a, b, visit);
  line.AddEdge(a, b, visit);  // parallel edges count once
  line.AddEdge(c, b, visit);
  rows = TopNodes(line, {Centrality::kBetweenness, std::nullopt, 3, false});
  CHECK(rows[0].id == "B");
  CHECK(rows[0].score == 1.0);
  rows = TopNodes(line, {Centrality::kDegree, std::nullopt, 3, false});
  CHECK(rows[0].score == 2.0);
  CHECK(ParseCentrality("closeness") == std::nullopt);
}

// ---- the graph from graphs/persons.json answers the same ----

TEST_CASE("query: graphs/persons.json gives the answers of the in-memory build") {
  graph::KnowledgeGraph from_json;
  REQUIRE(graph::ReadGraphJsonFile(RepoPath("graphs/persons.json").string(), &from_json).ok());
  const graph::KnowledgeGraph& json_graph = from_json;
  for (const graph::KnowledgeGraph* g : {&CorpusGraph(), &json_graph}) {
    VisitQuery q;
    q.host = "VN";
    std::string visits = Render(FindVisits(*g, &RepoGazetteer(), q), VisitTable, OutputFormat::kJson);
    CHECK(visits.find("\"visitor\": \"金正恩\"") != std::string::npos);
    TradeQuery t{"VN", "CN", ""};
    CHECK(Render(FindTrade(*g, t), TradeTable, OutputFormat::kCsv).find("2021,bilateral,VN,CN,165900000000,") !=
          std::string::npos);
  }
  VisitQuery all;
  CHECK(Render(FindVisits(from_json, &RepoGazetteer(), all), VisitTable, OutputFormat::kJson) ==
        Render(FindVisits(CorpusGraph(), &RepoGazetteer(), all), VisitTable, OutputFormat::kJson));
}

// ---- writers ----

TEST_CASE("query table: display width by East Asian width") {
  struct Row {
    const char* text;
    int width;
  };
  const Row rows[] = {
      {"", 0},           {"Vietnam", 7},  {"越南", 4},         {"Tô Lâm", 6},   {"To\xCC\x82 La\xCC\x82m", 6},
      {"ＡＢ", 4},       {"《联合声明》", 12}, {"迈克尔·德索姆布雷", 17}, {"2021–2022", 9}, {"한국", 4},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(DisplayWidth(row.text) == row.width);
  }
}

ResultTable MixedTable() {
  ResultTable t;
  t.columns = {{"name", "name"}, {"id", "id", Align::kLeft, false}, {"value", "value", Align::kRight},
               {"note", "note", Align::kLeft, true, false}};
  t.rows.push_back({Cell::Text("苏林"), Cell::Text("vn.to-lam"), Cell::Number(165900000000, "165,900,000,000"),
                    Cell::Text("越南")});
  t.rows.push_back({Cell::Text("Tô Lâm"), Cell::Text("x,\"y\""), Cell::Number(0.5, "0.5"), Cell::Text("")});
  t.rows.push_back({Cell::Text("迈克尔·德索姆布雷"), Cell::Text(""), Cell::Number(7, "7"), Cell::Text("VN")});
  return t;
}

TEST_CASE("query table: CJK and Latin rows line up, script-only columns left out") {
  std::ostringstream out;
  WriteTable(MixedTable(), out);
  CHECK(out.str() ==
        "name                         value  note\n"
        "-----------------  ---------------  ----\n"
        "苏林               165,900,000,000  越南\n"
        "Tô Lâm                         0.5\n"
        "迈克尔·德索姆布雷                7  VN\n");
  // Every row's second column starts at the same display column.
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) {
    CAPTURE(line);
    size_t name_end = line.find("  ");
    CHECK(DisplayWidth(line.substr(0, name_end)) <= 17);
  }
  std::ostringstream empty;
  WriteTable(ResultTable{MixedTable().columns, {}}, empty);
  CHECK(empty.str() == "name  value  note\n----  -----  ----\n");
}

TEST_CASE("query json and csv: every data column, typed and quoted, byte-stable") {
  std::ostringstream json, csv;
  WriteJson(MixedTable(), json);
  WriteCsv(MixedTable(), csv);
  CHECK(json.str() ==
        "[\n"
        "  {\n    \"name\": \"苏林\",\n    \"id\": \"vn.to-lam\",\n    \"value\": 165900000000\n  },\n"
        "  {\n    \"name\": \"Tô Lâm\",\n    \"id\": \"x,\\\"y\\\"\",\n    \"value\": 0.5\n  },\n"
        "  {\n    \"name\": \"迈克尔·德索姆布雷\",\n    \"id\": \"\",\n    \"value\": 7\n  }\n"
        "]\n");
  CHECK(csv.str() ==
        "name,id,value\n"
        "苏林,vn.to-lam,165900000000\n"
        "Tô Lâm,\"x,\"\"y\"\"\",0.5\n"
        "迈克尔·德索姆布雷,,7\n");
  std::ostringstream empty;
  WriteJson(ResultTable{MixedTable().columns, {}}, empty);
  CHECK(empty.str() == "[]\n");

  struct Row {
    Cell cell;
    const char* csv;
  };
  const Row rows[] = {
      {Cell::List({"a.txt", "b.txt"}, ", "), "a.txt;b.txt"},
      {Cell::Bool(true), "true"},
      {Cell::Bool(false), "false"},
      {Cell::Number(2.25, "2.25"), "2.25"},
      {Cell::Text("1958-12"), "1958-12"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.csv);
    CHECK(CsvText(row.cell) == row.csv);
  }
  CHECK(ParseOutputFormat("csv") == OutputFormat::kCsv);
  CHECK(ParseOutputFormat("xml") == std::nullopt);
}

// ---- bilat query, end to end ----

struct Outcome {
  int code;
  std::string out, err;
};

Outcome RunBilat(const std::string& args) {
  auto dir = testing::ScratchDir("query-cli");
  std::string command = std::string(BILAT_BINARY) + " query " + args + " -g '" + RepoPath("gazetteer").string() +
                        "' >'" + (dir / "out").string() + "' 2>'" + (dir / "err").string() + "'";
  int rc = std::system(command.c_str());
  Outcome o{WIFEXITED(rc) ? WEXITSTATUS(rc) : -1, testing::ReadFile(dir / "out"), testing::ReadFile(dir / "err")};
  std::filesystem::remove_all(dir);
  return o;
}

TEST_CASE("bilat query: the README's examples, exit codes and suggestions") {
  std::string graph = " --graph '" + RepoPath("graphs/persons.json").string() + "'";
  struct Row {
    std::string args;
    int code;
    std::string out_has, err_has;
  };
  const Row rows[] = {
      {"visits --host VN" + graph, 0, "2019-02  金正恩", ""},
      {"visits --host 越南 --from 朝鲜 --since 2019 --format csv" + graph, 0,
       "2019-02,2019-02,kp.kim-jong-un,金正恩,head_of_state,国家元首,KP,朝鲜,VN,越南,done,false,", ""},
      {"trade --between VN CN" + graph, 0, "2021             bilateral  165,900,000,000", ""},
      {"visits --visitor 'To Lam'" + graph, 0, "老挝", ""},
      {"visits --visitor 'To Lam' --format json" + graph, 0, "\"host\": \"BY\"", ""},
      {"path 金正恩 'Tô Lâm'" + graph, 0, "← holds_office", ""},
      {"top --by betweenness -n 3" + graph, 0, "1  VN", ""},
      {"visits --visitor 'To Lum'" + graph, 2, "",
       "bilat query: unknown name 'To Lum'; closest known names: To Lam (vn.to-lam)"},
      {"trade --between VN Chna" + graph, 2, "", "closest known names: China (CN)"},
      {"visits --format xml" + graph, 2, "", "--format: expected table, json or csv, got 'xml'"},
      {"visits --since 2019-13" + graph, 2, "", "--since: expected YYYY, YYYY-MM or YYYY-MM-DD"},
      {"top --by closeness" + graph, 2, "", "--by: expected degree or betweenness"},
      {"visits --status maybe" + graph, 2, "", ""},
      {"visits", 2, "", "give --graph FILE or input articles"},
      {"visits --graph /nonexistent.json", 2, "", "/nonexistent.json"},
      {"path VN FR" + graph, 2, "", "'FR' has no relation in this graph"},
      // Articles instead of --graph: extracted and built in memory.
      {"visits --visitor 苏林 '" + RepoPath("corpus").string() + "'", 0, "白俄罗斯", "5 articles read"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.args);
    Outcome o = RunBilat(row.args);
    CAPTURE(o.err);
    CHECK(o.code == row.code);
    CHECK(o.out.find(row.out_has) != std::string::npos);
    CHECK(o.err.find(row.err_has) != std::string::npos);
  }
}

}  // namespace
}  // namespace bilat::query
