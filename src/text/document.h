// Document: one article as bilat reads it: the decoded original text, its
// items (the article itself, then each related-news teaser after 更多), and
// its sentences, each knowing its section, item and byte span in the original.
// Built by ParseArticle (text/article.h); immutable afterwards.
// Sections: the first line is the title; image captions are kCaption; the
// lead, the dateline paragraph and the rest up to (完) or 更多 are kBody (the
// lead often repeats the first paragraph); everything after 更多 is kMore.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "util/date.h"

namespace bilat::text {

enum class Section { kTitle, kCaption, kBody, kMore };
const char* SectionName(Section section);  // "title", "caption", "body", "more"

struct Sentence {
  size_t begin = 0;  // byte span [begin, end) in Document::text
  size_t end = 0;
  Section section = Section::kBody;
  int item = 0;      // index into Document::items
  // The line the sentence is on, within its item: kTitle, kCaption or kBody.
  // Equals `section` in the article; tells a teaser's (kMore) lines apart.
  Section part = Section::kBody;
};

// The article (index 0) or one teaser after 更多 (index 1..).
struct Item {
  std::string title;
  size_t begin = 0;  // byte span of the whole item in Document::text
  size_t end = 0;
  Date reference;         // what relative and year-less dates resolve against
  bool reference_inferred = false;  // true when not the stated publication date
  std::string dateline;   // "越通社河内——" when the body opens with one; not in any sentence
};

struct Document {
  std::string id;         // file name, or the "id" of a JSON Lines record
  Date published;         // empty when unknown
  std::string url;
  std::string text;       // original text, valid UTF-8, BOM removed
  std::vector<Item> items;
  std::vector<Sentence> sentences;  // in text order

  std::string_view SentenceText(const Sentence& s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace bilat::text
