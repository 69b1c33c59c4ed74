// CSV output of a KnowledgeGraph for `neo4j-admin database import`: a nodes
// file (`id:ID`, `:LABEL`, properties) and a relationships file
// (`:START_ID`, `:END_ID`, `:TYPE`, properties), with typed headers
// (`value_usd:double`, `count:int`, `conflict:boolean`, `docs:string[]`
// with Neo4j's default ';' array delimiter). Empty fields are nulls.
// Deterministic output. Pure; thread-safe.
#pragma once

#include <ostream>

#include "graph/knowledge_graph.h"
#include "util/status.h"

namespace bilat::exporter {

Status WriteNodesCsv(const graph::KnowledgeGraph& graph, std::ostream& out);
Status WriteEdgesCsv(const graph::KnowledgeGraph& graph, std::ostream& out);

// Neo4j labels and types: "Country", "Person;Unlinked"; "VISIT", "HOLDS_OFFICE".
std::string Neo4jLabel(const graph::NodeProps& node);
std::string Neo4jType(graph::Relation relation);

}  // namespace bilat::exporter
