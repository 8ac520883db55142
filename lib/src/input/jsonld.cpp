#include "input/jsonld.h"

#include "text/fold.h"

#include <nlohmann/json.hpp>

namespace pith::detail {

namespace {

void note_type(const nlohmann::json& value, std::vector<std::string>* types) {
    if (!types) return;
    auto add = [types](const nlohmann::json& v) {
        if (v.is_string() && types->size() < max_jsonld_types) types->push_back(v.get<std::string>());
    };
    if (value.is_array())
        for (const auto& e : value) add(e);
    else
        add(value);
}

}  // namespace

void read_jsonld(const std::vector<std::string>& json, std::string& body, std::string& headline,
                 std::vector<std::string>* types) {
    for (const std::string& text : json) {
        if (text.size() > max_jsonld_bytes) continue;
        nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (doc.is_discarded()) continue;
        std::vector<const nlohmann::json*> stack{&doc};
        while (!stack.empty()) {
            const nlohmann::json* j = stack.back();
            stack.pop_back();
            if (j->is_object()) {
                for (auto it = j->begin(); it != j->end(); ++it) {
                    if (it.key() == "articleBody" && it->is_string()) {
                        const std::string& s = it->get_ref<const std::string&>();
                        if (s.size() > body.size()) body = s;
                    } else if (it.key() == "headline" && it->is_string() && headline.empty()) {
                        headline = it->get<std::string>();
                    } else if (it.key() == "@type") {
                        note_type(*it, types);
                    } else if (it->is_structured()) {
                        stack.push_back(&*it);
                    }
                }
            } else if (j->is_array()) {
                for (const auto& e : *j)
                    if (e.is_structured()) stack.push_back(&e);
            }
        }
    }
    body = collapse_space(body);
    headline = collapse_space(headline);
}

}  // namespace pith::detail
