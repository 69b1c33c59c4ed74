// The gazetteer's entity model: countries, people with dated roles,
// organizations, offices and the titles that name them. Plain values, built
// by the loader (gazetteer/loader.h) and immutable inside a Gazetteer.
#pragma once

#include <string>
#include <vector>

#include "util/date.h"

namespace bilat::gazetteer {

enum class Kind { kCountry, kPerson, kOrganization };
const char* KindName(Kind kind);  // "country", "person", "organization"

// Where an entry was written, for error messages: "file:line:col".
struct SourcePos {
  std::string file;
  int line = 0;  // 1-based; 0 when unknown
  int column = 0;
  std::string ToString() const;
};

// Aliases by language. The first zh-Hans name is the display name.
struct Names {
  std::vector<std::string> zh_hans;
  std::vector<std::string> zh_hant;
  std::vector<std::string> en;
  std::vector<std::string> vi;

  const std::string& Display() const;  // first zh-Hans, else first of any
  std::vector<std::string> All() const;
};

struct Country {
  std::string id;                       // ISO 3166-1 alpha-2, upper case
  Names names;
  std::vector<std::string> short_forms; // one-character forms: 越, 中, 华
  std::vector<std::string> capitals;    // metonyms: 河内, 北京
  Date start, end;                      // set for former states only
  SourcePos pos;
};

struct Role {
  std::string office;   // an Office id
  std::string country;  // the state the office belongs to
  std::string org;      // optional Organization id
  std::string title;    // optional: the post as news names it (中央书记处常务书记);
                        // roles of one office may overlap when their titles differ
  Date start, end;      // end empty: still in office
  SourcePos pos;

  // True when the role may have been held on `date` (empty date: always).
  bool HeldOn(const Date& date) const;
};

struct Person {
  std::string id;       // "<cc>.<slug>"
  Names names;
  std::string country;  // the country the person represents
  std::vector<Role> roles;
  SourcePos pos;
};

struct Organization {
  std::string id;       // upper-case code: CPV, ASEAN, MOFA-VN
  std::string kind;     // party | international | ministry | other
  std::string country;  // for national bodies, else empty
  Names names;
  SourcePos pos;
};

struct Office {
  std::string id;       // head_of_state, foreign_minister, ...
  Names names;
  SourcePos pos;
};

// A title as written before a name (越共中央总书记), naming offices and
// sometimes one country.
struct Title {
  std::string text;
  std::vector<std::string> offices;
  std::string country;  // empty unless the title names one country
  SourcePos pos;
};

}  // namespace bilat::gazetteer
