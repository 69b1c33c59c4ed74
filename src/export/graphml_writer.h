// GraphML output of a KnowledgeGraph with typed keys (string, boolean, int,
// double), as Gephi, NetworkX (read_graphml) and yEd read it. Every node and
// edge property is a <data> element; an edge's evidence is one string of
// JSON (`evidence`) plus the article ids (`docs`, ';'-separated).
// Deterministic output. Pure; thread-safe.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::exporter {

Status WriteGraphml(const graph::KnowledgeGraph& graph, std::ostream& out);

}  // namespace bilat::exporter
