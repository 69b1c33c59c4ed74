// `bilat query top`: the most central nodes of a knowledge graph by degree
// (distinct counterparts) or betweenness (Boost's
// brandes_betweenness_centrality). Both are computed on the simple
// undirected graph of relations: direction ignored, parallel edges merged,
// holds_office edges left out unless asked for (a person's terms of office
// say nothing about ties between entities). Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "query/result_table.h"

namespace bilat::query {

enum class Centrality { kDegree, kBetweenness };
std::optional<Centrality> ParseCentrality(std::string_view name);  // degree | betweenness

struct TopQuery {
  Centrality by = Centrality::kDegree;
  std::optional<graph::NodeKind> kind;  // rank only nodes of this kind; nullopt: all
  size_t n = 10;                        // rows at most
  bool holds_office = false;            // count holds_office edges as relations
};

struct TopRow {
  size_t rank = 0;       // 1-based; equal scores share a rank
  std::string id, label;
  graph::NodeKind kind = graph::NodeKind::kCountry;
  std::string country;   // people and national organizations
  double score = 0;      // degree, or betweenness (pairs counted once)
};

// Highest score first, ties by id.
std::vector<TopRow> TopNodes(const graph::KnowledgeGraph& graph, const TopQuery& query);

// Tables: rank, node, kind, country, degree|betweenness (the heading names
// `by`). JSON and CSV: rank, id, label, kind, country, score.
ResultTable TopTable(const std::vector<TopRow>& rows, Centrality by);

}  // namespace bilat::query
