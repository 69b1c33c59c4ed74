// Shared fixtures of the graph and export tests: hand-made Events that use
// real names, figures and sentences of corpus/ (offsets are those of the
// sentences in the articles), and a scratch folder.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/event.h"

namespace bilat::testing {

inline constexpr const char* kDoc000 = "000_c9d220f43a1d733f.txt";
inline constexpr const char* kDoc001 = "001_6f535ffbc21a5a93.txt";

inline extract::Participant Person(std::string name, std::string id, std::string country) {
  return {std::move(name), std::move(id), std::move(country), ""};
}
inline extract::Participant Country(std::string code) { return {code, code, code, ""}; }

inline extract::Event Visit(extract::Participant visitor, std::string host, std::string start, std::string doc,
                            size_t offset, std::string sentence) {
  extract::Event e;
  e.type = extract::EventType::kVisit;
  e.doc = std::move(doc);
  e.section = "body";
  e.a = std::move(visitor);
  e.place = std::move(host);
  e.start = e.end = std::move(start);
  e.status = "done";
  e.evidence.push_back({std::move(sentence), offset, "body", "visit.test"});
  return e;
}

inline extract::Event Trade(std::string a, std::string b, std::string period, double value, std::string doc,
                            size_t offset, std::string sentence) {
  extract::Event e;
  e.type = extract::EventType::kTrade;
  e.doc = std::move(doc);
  e.section = "body";
  e.a = Country(std::move(a));
  e.b = Country(std::move(b));
  e.flow = "bilateral";
  e.period = std::move(period);
  e.value_usd = value;
  e.evidence.push_back({std::move(sentence), offset, "body", "trade.test"});
  return e;
}

inline extract::Event Relations(std::string a, std::string b, std::string date, std::string doc, size_t offset,
                                std::string sentence) {
  extract::Event e;
  e.type = extract::EventType::kRelationsEstablished;
  e.doc = std::move(doc);
  e.section = "body";
  e.a = Country(std::move(a));
  e.b = Country(std::move(b));
  e.date = std::move(date);
  e.evidence.push_back({std::move(sentence), offset, "body", "relations.test"});
  return e;
}

inline extract::Event Agreement(std::vector<std::string> parties, std::string name, std::string date) {
  extract::Event e;
  e.type = extract::EventType::kAgreement;
  e.doc = kDoc000;
  e.section = "body";
  e.parties = std::move(parties);
  e.name = std::move(name);
  e.date = std::move(date);
  e.evidence.push_back({"访问期间,双方共同签署了《朝鲜-越南联合声明》和《越南-朝鲜贸易协定》。", 1082, "body", "agreement.test"});
  return e;
}

// The corpus' relations between Vietnam, North Korea and China, as the
// extractor would give them (金正恩's visit stated in two articles).
inline std::vector<extract::Event> CorpusEvents() {
  std::vector<extract::Event> events = {
      Relations("VN", "KP", "1950-01-31", kDoc000, 68, "越南与朝鲜于1950年1月31日正式建立外交关系。"),
      Visit(Person("胡志明", "vn.ho-chi-minh", "VN"), "KP", "1957-07", kDoc000, 890,
            "两国建交7年之后,1957年7月,胡志明主席首次对朝鲜进行正式友好访问,获得朝鲜的热烈欢迎。"),
      Visit(Person("金日成", "kp.kim-il-sung", "KP"), "VN", "1958-12", kDoc000, 1012,
            "一年后,1958年12月,朝鲜领导人金日成对越南进行访问。"),
      Visit(Person("金日成", "kp.kim-il-sung", "KP"), "VN", "1964", kDoc000, 1185, "1964年,金日成再次访问越南。"),
      Agreement({"KP", "VN"}, "越南-朝鲜贸易协定", "1958-12"),
      Visit(Person("金正恩", "kp.kim-jong-un", "KP"), "VN", "2019-02", kDoc000, 266,
            "朝鲜最高人民领导人金正恩于2019年2月对越南进行访问。"),
      Trade("VN", "CN", "2021", 165900000000, kDoc001, 3427, "2021年,越中双边贸易额达1659亿美元,较2020年增长24.6%。"),
      Trade("VN", "CN", "2022-01/2022-08", 117400000000, kDoc001, 3497,
            "今年前8月,越中进出口额达1174亿美元,较2021年同期增长10.8%。"),
      // The same visit again, from a second article.
      Visit(Person("金正恩", "kp.kim-jong-un", "KP"), "VN", "2019-02", "002_6e778e33fda27ef2.txt", 120,
            "朝鲜最高领导人金正恩2019年2月访问越南。"),
      // An unlinked visitor.
      Visit(Person("李勇浩", "", "KP"), "VN", "2018-11", kDoc000, 1500, "朝鲜外相李勇浩于2018年11月访问越南。"),
  };
  events[7].date_inferred = true;
  return events;
}

// A fresh empty folder under the system's temporary directory.
inline std::filesystem::path ScratchDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("bilat-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace bilat::testing
