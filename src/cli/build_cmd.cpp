// `bilat build INPUT... [-g DIR] [-o PREFIX] [--format dot,svg,...] [--view
// persons|countries] [--since D] [--until D] [--types T,...] [--country C]
// [--layout dot|neato|sfdp] [-j N]`: articles (extracted on the fly) and event
// files (JSON Lines from `bilat extract`) merged into one knowledge graph,
// filtered, viewed and written in each format asked for.
#include <fstream>
#include <iostream>
#include <optional>

#include "cli/command.h"
#include "cli/common.h"
#include "export/outputs.h"
#include "graph/event_input.h"
#include "graph/filters.h"
#include "graph/graph_builder.h"
#include "graph/views.h"

namespace bilat::cli {
namespace {

struct BuildFlags {
  std::vector<std::string> inputs;
  std::string gazetteer_dir, prefix = "graph", formats = "dot,svg,graphml,json,csv,dyads", view = "persons";
  std::string since, until, types, country, layout = "dot", encoding;
  int threads = 0;
};

struct Plan {
  graph::View view = graph::View::kPersons;
  graph::Filter filter;
  exporter::OutputOptions output;
};

Status ParseDate(const std::string& flag, const std::string& text, Date* date) {
  if (text.empty()) return Status::Ok();
  auto parsed = Date::ParseIso(text);
  if (!parsed) return Status::Usage(flag + ": expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + text + "'");
  *date = *parsed;
  return Status::Ok();
}

Status MakePlan(const BuildFlags& flags, Plan* plan) {
  auto view = graph::ParseView(flags.view);
  if (!view) return Status::Usage("--view: expected persons or countries, got '" + flags.view + "'");
  plan->view = *view;
  for (Status s : {ParseDate("--since", flags.since, &plan->filter.since),
                   ParseDate("--until", flags.until, &plan->filter.until),
                   graph::ParseRelationList(flags.types, &plan->filter.types),
                   exporter::ParseFormats(flags.formats, &plan->output.formats)})
    if (!s.ok()) return s;
  plan->filter.country = flags.country;
  plan->output.prefix = flags.prefix;
  plan->output.layout = flags.layout;
  exporter::RenderOptions render;
  render.layout = flags.layout;
  return exporter::CheckRenderOptions(render);
}

// Event files are read whole first, so a malformed one adds nothing.
void AddEventFile(const std::string& path, graph::GraphBuilder* builder, extract::RunSummary* summary) {
  std::ifstream in(path, std::ios::binary);
  std::vector<extract::Event> events;
  size_t count = 0;
  Status status = in ? graph::ReadEventLines(in, path, [&](extract::Event&& e) { events.push_back(std::move(e)); }, &count)
                     : Status::IOError(path, "cannot read");
  if (!status.ok()) {
    summary->skipped[in ? "malformed event file" : "unreadable"]++;
    summary->problems.push_back(status);
    return;
  }
  for (const extract::Event& e : events) builder->Add(e);
  summary->events += count;
}

int RunBuild(const BuildFlags& flags) {
  Plan plan;
  if (Status s = MakePlan(flags, &plan); !s.ok()) {
    std::cerr << "bilat build: " << s.ToString() << "\n";
    return kExitUsage;
  }
  auto gaz = LoadGazetteerOrReport(flags.gazetteer_dir, "build");
  if (!gaz) return kExitUsage;

  graph::GraphBuilder builder(gaz.get());
  extract::RunSummary summary;
  std::vector<std::string> articles;
  for (const std::string& input : flags.inputs) {
    if (input != "-" && graph::IsEventFile(input)) AddEventFile(input, &builder, &summary);
    else articles.push_back(input);
  }
  if (!articles.empty()) {
    extract::RunSummary run;
    extract::PipelineOptions options;
    options.threads = flags.threads;
    options.encoding = flags.encoding;
    auto sink = [&builder](const std::string&, std::vector<extract::Event>&& events) {
      for (const extract::Event& e : events) builder.Add(e);
    };
    if (Status s = extract::RunExtraction(articles, *gaz, options, sink, &run); !s.ok()) {
      std::cerr << "bilat build: " << s.ToString() << "\n";
      return kExitUsage;
    }
    summary.articles_read += run.articles_read;
    summary.articles_with_events += run.articles_with_events;
    summary.events += run.events;
    for (const auto& [reason, n] : run.skipped) summary.skipped[reason] += n;
    summary.problems.insert(summary.problems.end(), run.problems.begin(), run.problems.end());
    summary.warnings.insert(summary.warnings.end(), run.warnings.begin(), run.warnings.end());
  }

  // The graph moves from builder to filter; the persons view is that graph
  // itself, the countries view is rolled up from it.
  graph::KnowledgeGraph persons = graph::ApplyFilter(std::move(builder).Finish(), plan.filter);
  std::optional<graph::KnowledgeGraph> countries;
  if (plan.view == graph::View::kCountries) countries = graph::CountryView(persons, gaz.get());
  const graph::KnowledgeGraph& shown = countries ? *countries : persons;
  std::vector<std::string> files;
  if (Status s = exporter::WriteOutputs(shown, persons, plan.output, &files); !s.ok()) {
    std::cerr << "bilat build: " << s.ToString() << "\n";
    return kExitUsage;
  }
  int code = ReportRun(summary, "build");
  std::cerr << "bilat build: " << shown.view() << " view, " << shown.node_count() << " nodes, " << shown.edge_count()
            << " edges; wrote";
  for (const std::string& f : files) std::cerr << " " << f;
  std::cerr << "\n";
  return code;
}

}  // namespace

void SetupBuild(CLI::App* app, Run* run) {
  auto f = std::make_shared<BuildFlags>();
  app->add_option("INPUT", f->inputs, "Article files, folders, JSON Lines (articles or events), or - for stdin")
      ->required();
  app->add_option("-g,--gazetteer", f->gazetteer_dir, "Gazetteer folder");
  app->add_option("-o,--output", f->prefix, "Output path prefix (PREFIX.dot, PREFIX-nodes.csv, ...)")
      ->capture_default_str();
  app->add_option("--format", f->formats, "Comma-separated: dot,svg,png,pdf,graphml,json,csv,dyads")
      ->capture_default_str();
  app->add_option("--view", f->view, "persons (everything) or countries (rolled up)")->capture_default_str();
  app->add_option("--since", f->since, "Keep relations on or after this date (YYYY[-MM[-DD]])");
  app->add_option("--until", f->until, "Keep relations on or before this date");
  app->add_option("--types", f->types,
                  "Comma-separated relations: visit,holds_office,trade,agreement,meeting,relations_established,aid");
  app->add_option("--country", f->country, "Keep relations one end of which is (or represents) this country");
  app->add_option("--layout", f->layout, "Picture layout: dot, neato or sfdp")->capture_default_str();
  app->add_option("-j,--jobs", f->threads, "Worker threads for extraction (default: the number of cores)");
  app->add_option("--encoding", f->encoding, "Force an input encoding (GB18030, Big5, UTF-16, ...)");
  *run = [f] { return RunBuild(*f); };
}

}  // namespace bilat::cli
