#include "export/internal/agraph.h"

#include "export/internal/format.h"

#include <set>
#include <string>
#include <unordered_map>

namespace bilat::exporter::internal {
namespace {

using graph::EdgeProps;
using graph::NodeKind;
using graph::NodeProps;
using graph::Relation;

struct NodeStyle {
  NodeKind kind;
  const char* zh;
  const char* shape;
  const char* fill;
  const char* line;
};

constexpr NodeStyle kNodeStyles[] = {
    {NodeKind::kCountry, "国家 country", "box", "#cfe2f3", "#3d85c6"},
    {NodeKind::kPerson, "人物 person", "ellipse", "#fff2cc", "#bf9000"},
    {NodeKind::kOrganization, "组织 organization", "hexagon", "#d9ead3", "#6aa84f"},
};

struct EdgeStyle {
  Relation relation;
  const char* zh;
  const char* color;
  const char* style;
  const char* glyph;  // the line as drawn in the legend
  bool directed;
};

constexpr EdgeStyle kEdgeStyles[] = {
    {Relation::kVisit, "访问 visit", "#1f77b4", "solid", "────▶", true},
    {Relation::kHoldsOffice, "任职 holds office", "#7f7f7f", "dotted", "┈┈┈┈▶", true},
    {Relation::kTrade, "贸易 trade", "#2ca02c", "bold", "━━━━", false},
    {Relation::kAgreement, "协定 agreement", "#9467bd", "dashed", "╌╌╌╌", false},
    {Relation::kMeeting, "会见 meeting", "#ff7f0e", "solid", "────", false},
    {Relation::kRelationsEstablished, "建交 relations established", "#8c564b", "bold,dashed", "╍╍╍╍", false},
    {Relation::kAid, "援助 aid", "#e377c2", "dashed", "╌╌╌╌▶", true},
};
constexpr const char* kConflictColor = "#d62728";

const NodeStyle& StyleOf(NodeKind kind) {
  for (const NodeStyle& s : kNodeStyles)
    if (s.kind == kind) return s;
  return kNodeStyles[0];
}

const EdgeStyle& StyleOf(Relation relation) {
  for (const EdgeStyle& s : kEdgeStyles)
    if (s.relation == relation) return s;
  return kEdgeStyles[0];
}

// cgraph's API predates const; it copies every string it is given.
char* C(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* C(const char* s) { return const_cast<char*>(s); }

void Set(void* obj, const char* name, const std::string& value) { agsafeset(obj, C(name), C(value), C("")); }

// Backslashes are escapes inside DOT labels; keep them literal.
std::string LabelText(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

void SetDefaults(Agraph_t* g, const graph::KnowledgeGraph& graph, const DotOptions& options) {
  std::string title = options.title.empty() ? "bilat: " + graph.view() + " view" : options.title;
  Set(g, "label", LabelText(title));
  Set(g, "labelloc", "t");
  Set(g, "fontsize", "18");
  Set(g, "fontname", options.fontname);
  Set(g, "charset", "UTF-8");
  Set(g, "rankdir", options.rankdir);
  Set(g, "overlap", "false");  // neato, sfdp: move nodes apart
  Set(g, "splines", "true");
  Set(g, "nodesep", "0.4");
  Set(g, "ranksep", "0.8");
  agattr(g, AGNODE, C("fontname"), C(options.fontname));
  agattr(g, AGNODE, C("fontsize"), C("12"));
  // gvLayout declares this default for every later graph of the process;
  // declaring it here keeps the DOT the same before and after a render.
  agattr(g, AGNODE, C("label"), C("\\N"));
  agattr(g, AGEDGE, C("fontname"), C(options.fontname));
  agattr(g, AGEDGE, C("fontsize"), C("10"));
}

Agnode_t* AddNode(Agraph_t* g, const NodeProps& node) {
  Agnode_t* n = agnode(g, C(node.id), 1);
  const NodeStyle& s = StyleOf(node.kind);
  std::string label = node.label;
  if (node.kind != NodeKind::kCountry && !node.country.empty()) label += "\n" + node.country;
  Set(n, "label", LabelText(label));
  Set(n, "shape", s.shape);
  Set(n, "style", node.linked || node.kind == NodeKind::kCountry ? "filled" : "filled,dashed");
  Set(n, "fillcolor", s.fill);
  Set(n, "color", s.line);
  Set(n, "kind", graph::NodeKindName(node.kind));
  return n;
}

void AddEdge(Agraph_t* g, Agnode_t* from, Agnode_t* to, const EdgeProps& edge) {
  Agedge_t* e = agedge(g, from, to, nullptr, 1);
  const EdgeStyle& s = StyleOf(edge.relation);
  bool directed = s.directed || (edge.relation == Relation::kTrade && edge.flow != "bilateral");
  std::string label = graph::EdgeLabel(edge);
  Set(e, "label", LabelText(label));
  Set(e, "color", edge.conflict ? kConflictColor : s.color);
  Set(e, "fontcolor", edge.conflict ? kConflictColor : s.color);
  Set(e, "style", s.style);
  Set(e, "relation", graph::RelationName(edge.relation));
  Set(e, "count", std::to_string(edge.count()));
  if (!directed) Set(e, "dir", "none");
}

// One HTML-table node: a swatch per node kind, a line per relation present.
void AddLegend(Agraph_t* g, const graph::KnowledgeGraph& graph) {
  std::set<Relation> present;
  std::set<NodeKind> kinds;
  bool conflict = false;
  for (graph::Edge e : graph.Edges()) {
    present.insert(graph.edge(e).relation);
    conflict = conflict || graph.edge(e).conflict;
  }
  for (graph::Vertex v : graph.Nodes()) kinds.insert(graph.node(v).kind);
  std::string html = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#999999\">"
                     "<TR><TD COLSPAN=\"2\"><B>图例 Legend</B></TD></TR>";
  for (const NodeStyle& s : kNodeStyles) {
    if (!kinds.count(s.kind)) continue;
    html += std::string("<TR><TD BGCOLOR=\"") + s.fill + "\" BORDER=\"1\" COLOR=\"" + s.line +
            "\">    </TD><TD ALIGN=\"LEFT\">" + s.zh + "</TD></TR>";
  }
  for (const EdgeStyle& s : kEdgeStyles) {
    if (!present.count(s.relation)) continue;
    html += std::string("<TR><TD><FONT COLOR=\"") + s.color + "\">" + s.glyph + "</FONT></TD><TD ALIGN=\"LEFT\">" +
            XmlEscape(s.zh) + "</TD></TR>";
  }
  if (conflict)
    html += std::string("<TR><TD><FONT COLOR=\"") + kConflictColor +
            "\">━━━━</FONT></TD><TD ALIGN=\"LEFT\">冲突数值 conflicting figures</TD></TR>";
  html += "</TABLE>";
  Agnode_t* n = agnode(g, C("_legend"), 1);
  Set(n, "shape", "plaintext");
  Set(n, "margin", "0");
  char* value = agstrdup_html(g, C(html));
  agsafeset(n, C("label"), value, C(""));
  agstrfree(g, value);
}

// agwrite goes through the graph's I/O discipline; this one appends to the
// std::string passed as the channel.
int AppendToString(void* chan, const char* str) {
  static_cast<std::string*>(chan)->append(str);
  return 0;
}
int NoFlush(void*) { return 0; }

// Object ids. cgraph's default discipline uses the address of the interned
// name as a named object's id, and Graphviz's layouts order some things by id,
// so a picture would depend on the heap's history (a DOT written first in the
// same process changed the SVG). Here ids follow the order names are first
// seen: even numbers for named objects, odd ones for anonymous edges, as cgraph
// expects.
struct IdState {
  Agraph_t* graph;
  std::unordered_map<std::string, IDTYPE> ids;
  std::vector<char*> names;  // names[id / 2 - 1], interned in the graph (agwrite needs that)
  IDTYPE next_anonymous = 1;
};

void* IdOpen(Agraph_t* g, Agdisc_t*) { return new IdState{g, {}, {}, 1}; }

long IdMap(void* state, int, char* name, IDTYPE* id, int create) {
  auto* s = static_cast<IdState*>(state);
  if (!name) {
    *id = s->next_anonymous;
    s->next_anonymous += 2;
    return 1;
  }
  auto it = s->ids.find(name);
  if (it != s->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  s->names.push_back(agstrdup(s->graph, name));
  *id = 2 * s->names.size();
  s->ids.emplace(name, *id);
  return 1;
}

long IdAlloc(void*, int, IDTYPE) { return 0; }
void IdFree(void*, int, IDTYPE) {}

char* IdPrint(void* state, int, IDTYPE id) {
  auto* s = static_cast<IdState*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > s->names.size()) return nullptr;
  return s->names[id / 2 - 1];
}

void IdClose(void* state) { delete static_cast<IdState*>(state); }
void IdRegister(void*, int, void*) {}

}  // namespace

std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

AgraphPtr BuildAgraph(const graph::KnowledgeGraph& graph, const DotOptions& options) {
  static Agiodisc_t io = {AgIoDisc.afread, AppendToString, NoFlush};
  static Agiddisc_t ids = {IdOpen, IdMap, IdAlloc, IdFree, IdPrint, IdClose, IdRegister};
  static Agdisc_t disc = {&AgMemDisc, &ids, &io};
  AgraphPtr g(agopen(C("bilat"), Agdirected, &disc));
  SetDefaults(g.get(), graph, options);
  std::vector<Agnode_t*> nodes;
  for (graph::Vertex v : graph.Nodes()) nodes.push_back(AddNode(g.get(), graph.node(v)));
  for (graph::Edge e : graph.Edges())
    AddEdge(g.get(), nodes[graph.source(e)], nodes[graph.target(e)], graph.edge(e));
  if (options.legend) AddLegend(g.get(), graph);
  return g;
}

}  // namespace bilat::exporter::internal
