// `bilat query visits|trade|agreements|meetings|path|top ... [--graph FILE |
// INPUT...] [-g DIR] [--format table|json|csv]`: questions on the knowledge
// graph, answered by the library's query/ functions. Names are accepted in
// any language of the gazetteer; an unknown one exits 2 with the closest
// known names.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "cli/common.h"
#include "query/agreements.h"
#include "query/centrality.h"
#include "query/graph_source.h"
#include "query/meetings.h"
#include "query/name_resolver.h"
#include "query/path.h"
#include "query/trade_series.h"
#include "query/visits.h"

namespace bilat::cli {
namespace {

struct QueryFlags {
  // Shared by every query.
  std::string graph_file, gazetteer_dir, format = "table";
  std::vector<std::string> inputs;
  int threads = 0;
  // Names and filters (as typed; resolved before querying).
  std::string visitor, from, host, since, until, status, flow, party, with, person, country;
  std::vector<std::string> between;  // trade: two names
  std::string a, b;                  // path
  std::string by = "degree", kind;
  size_t n = 10;
};

// What a query needs once the graph is loaded.
struct Context {
  const QueryFlags& flags;
  const gazetteer::Gazetteer& gazetteer;
  const graph::KnowledgeGraph& graph;
  const query::NameResolver& resolver;
};

// "" stays "" (no filter).
Status ResolveId(const Context& c, const std::string& name, std::string* id) {
  if (name.empty()) return Status::Ok();
  query::ResolvedName resolved;
  Status s = c.resolver.Resolve(name, &resolved);
  *id = resolved.id;
  return s;
}

Status ParseDate(const std::string& flag, const std::string& text, Date* date) {
  if (text.empty()) return Status::Ok();
  auto parsed = Date::ParseIso(text);
  if (!parsed) return Status::Usage(flag + ": expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
  *date = *parsed;
  return Status::Ok();
}

Status FirstError(std::initializer_list<Status> all) {
  for (const Status& s : all)
    if (!s.ok()) return s;
  return Status::Ok();
}

Status Visits(const Context& c, query::ResultTable* out) {
  const QueryFlags& f = c.flags;
  query::VisitQuery q;
  q.status = f.status;
  Status s = FirstError({ResolveId(c, f.visitor, &q.visitor), ResolveId(c, f.from, &q.from),
                         ResolveId(c, f.host, &q.host), ParseDate("--since", f.since, &q.since),
                         ParseDate("--until", f.until, &q.until)});
  if (s.ok()) *out = query::VisitTable(query::FindVisits(c.graph, &c.gazetteer, q));
  return s;
}

Status Trade(const Context& c, query::ResultTable* out) {
  query::TradeQuery q;
  q.flow = c.flags.flow;
  Status s = FirstError({query::CheckTradeFlow(q.flow), ResolveId(c, c.flags.between.at(0), &q.a),
                         ResolveId(c, c.flags.between.at(1), &q.b)});
  if (s.ok()) *out = query::TradeTable(query::FindTrade(c.graph, q));
  return s;
}

Status Agreements(const Context& c, query::ResultTable* out) {
  query::AgreementQuery q;
  Status s = FirstError({ResolveId(c, c.flags.party, &q.party), ResolveId(c, c.flags.with, &q.with),
                         ParseDate("--since", c.flags.since, &q.since)});
  if (s.ok()) *out = query::AgreementTable(query::FindAgreements(c.graph, &c.gazetteer, q));
  return s;
}

Status Meetings(const Context& c, query::ResultTable* out) {
  query::MeetingQuery q;
  Status s = FirstError({ResolveId(c, c.flags.person, &q.person), ResolveId(c, c.flags.country, &q.country),
                         ParseDate("--since", c.flags.since, &q.since), ParseDate("--until", c.flags.until, &q.until)});
  if (s.ok()) *out = query::MeetingTable(query::FindMeetings(c.graph, &c.gazetteer, q));
  return s;
}

Status Path(const Context& c, query::ResultTable* out) {
  std::string a, b;
  std::vector<query::PathHop> hops;
  Status s = FirstError({ResolveId(c, c.flags.a, &a), ResolveId(c, c.flags.b, &b)});
  if (s.ok()) s = query::FindPath(c.graph, a, b, &hops);
  if (s.ok() && hops.empty() && a != b)
    std::cerr << "bilat query path: no chain of relations joins " << a << " and " << b << "\n";
  if (s.ok()) *out = query::PathTable(hops);
  return s;
}

Status Top(const Context& c, query::ResultTable* out) {
  query::TopQuery q;
  auto by = query::ParseCentrality(c.flags.by);
  if (!by) return Status::Usage("--by: expected degree or betweenness, got '" + c.flags.by + "'");
  q.by = *by;
  if (!c.flags.kind.empty()) {
    q.kind = graph::ParseNodeKind(c.flags.kind);
    if (!q.kind) return Status::Usage("--kind: expected country, person or organization, got '" + c.flags.kind + "'");
  }
  q.n = c.flags.n;
  *out = query::TopTable(query::TopNodes(c.graph, q), q.by);
  return Status::Ok();
}

using Answer = Status (*)(const Context&, query::ResultTable*);

int RunQuery(const QueryFlags& flags, Answer answer) {
  auto format = query::ParseOutputFormat(flags.format);
  if (!format) {
    std::cerr << "bilat query: --format: expected table, json or csv, got '" << flags.format << "'\n";
    return kExitUsage;
  }
  auto gaz = LoadGazetteerOrReport(flags.gazetteer_dir, "query");
  if (!gaz) return kExitUsage;
  graph::KnowledgeGraph graph;
  extract::RunSummary summary;
  query::GraphSource source{flags.graph_file, flags.inputs, {}};
  source.pipeline.threads = flags.threads;
  if (Status s = query::LoadGraph(source, *gaz, &graph, &summary); !s.ok()) {
    std::cerr << "bilat query: " << s.ToString() << "\n";
    return kExitUsage;
  }
  int code = flags.graph_file.empty() ? ReportRun(summary, "query") : kExitOk;
  query::NameResolver resolver(graph, gaz.get());
  query::ResultTable table;
  if (Status s = answer({flags, *gaz, graph, resolver}, &table); !s.ok()) {
    std::cerr << "bilat query: " << s.ToString() << "\n";
    return kExitUsage;
  }
  query::WriteResult(table, *format, std::cout);
  return code;
}

// Options every query takes; `sub` runs `answer`.
void AddQuery(CLI::App* sub, const std::shared_ptr<QueryFlags>& f, Answer answer, Run* run) {
  sub->add_option("INPUT", f->inputs, "Articles to extract and query instead of --graph (files, folders, JSON Lines)");
  sub->add_option("--graph", f->graph_file, "A JSON graph written by bilat build (PREFIX.json)");
  sub->add_option("-g,--gazetteer", f->gazetteer_dir, "Gazetteer folder");
  sub->add_option("--format", f->format, "table, json or csv")->capture_default_str();
  sub->add_option("-j,--jobs", f->threads, "Worker threads when extracting INPUTs");
  sub->callback([f, answer, run] { *run = [f, answer] { return RunQuery(*f, answer); }; });
}

}  // namespace

void SetupQuery(CLI::App* app, Run* run) {
  auto f = std::make_shared<QueryFlags>();
  app->require_subcommand(1);

  CLI::App* visits = app->add_subcommand("visits", "Visits: date, visitor and office, country, host, status, sources");
  visits->add_option("--visitor", f->visitor, "Visitor (any language: 苏林, To Lam, Tô Lâm)");
  visits->add_option("--from", f->from, "Country the visitor represented");
  visits->add_option("--host", f->host, "Host country");
  visits->add_option("--since", f->since, "On or after (YYYY[-MM[-DD]])");
  visits->add_option("--until", f->until, "On or before");
  visits->add_option("--status", f->status, "done or planned")->check(CLI::IsMember({"done", "planned"}));
  AddQuery(visits, f, Visits, run);

  CLI::App* trade = app->add_subcommand("trade", "Trade figures between two countries by period, in USD");
  trade->add_option("--between", f->between, "The two countries")->expected(2)->required();
  trade->add_option("--flow", f->flow, "bilateral, export (A to B) or import (A from B)");
  AddQuery(trade, f, Trade, run);

  CLI::App* agreements = app->add_subcommand("agreements", "Agreements: title, parties, date, sources");
  agreements->add_option("--party", f->party, "A party");
  agreements->add_option("--with", f->with, "Another party");
  agreements->add_option("--since", f->since, "Signed on or after");
  AddQuery(agreements, f, Agreements, run);

  CLI::App* meetings = app->add_subcommand("meetings", "Meetings and talks");
  meetings->add_option("--person", f->person, "A participant");
  meetings->add_option("--country", f->country, "A country one side is or represents");
  meetings->add_option("--since", f->since, "On or after");
  meetings->add_option("--until", f->until, "On or before");
  AddQuery(meetings, f, Meetings, run);

  CLI::App* path = app->add_subcommand("path", "The shortest chain of relations between two entities");
  path->add_option("A", f->a, "From")->required();
  path->add_option("B", f->b, "To")->required();
  AddQuery(path, f, Path, run);

  CLI::App* top = app->add_subcommand("top", "The most central entities (degree or betweenness)");
  top->add_option("--by", f->by, "degree or betweenness")->capture_default_str();
  top->add_option("--kind", f->kind, "country, person or organization");
  top->add_option("-n", f->n, "How many")->capture_default_str();
  AddQuery(top, f, Top, run);
}

}  // namespace bilat::cli
