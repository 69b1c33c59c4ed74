// ParseArticle: the structure of one news article (as the Vietnam News Agency's
// Chinese service publishes them): the title line, image captions, the
// dateline that opens the body, (完) that closes it, and after a line 更多 the
// related-news teasers, each its own Item, grouped as [caption] title
// [title again] paragraph. Pure; thread-safe.
#pragma once

#include <string>

#include "text/document.h"
#include "util/date.h"

namespace bilat::text {

// Splits `text` (decoded UTF-8) into items and sentences. Item 0 is the
// article, its reference the publication date (empty when unknown). Teasers
// are added by the site later than the article, so their reference is never
// the publication date: it is the latest year written in the teasers
// (2026年, 2026丙午年, (1930.2.3-2026.2.3); not the end of a span of years
// such as 2026—2031年任期, nor a target 到2030年), marked inferred, or empty.
// A leading BOM is dropped from the text.
Document ParseArticle(std::string id, std::string text, Date published, std::string url = "");

}  // namespace bilat::text
