// libFuzzer target: the CLI's JSON Lines records (cli/jsonl.cpp), each line
// of the input one record, as `pith --jsonl` reads them. The input's last
// byte picks the output format, the field names and a forced mode.
//
// Every record must give exactly one line of valid JSON, an object from "id"
// to "error"; a line that is not a JSON object with a string content field
// (or nests too deep) must give an error record; on success the id and every
// passed-through field come back equal to the input's, the text is what
// pith::clean makes of the content, and the same line gives the same bytes.
// The input is parsed here with nlohmann's own non-throwing parser, and its
// depth measured on the parsed tree, independently of cli/jsonl.cpp.
#include "check_result.h"
#include "jsonl.h"
#include "outputs.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using pith::fuzz::require;
using pith_cli::json;

pith_cli::config config_for(std::uint8_t b) {
    pith_cli::config cfg;
    cfg.jsonl = true;
    static constexpr pith_cli::output_format formats[] = {
        pith_cli::output_format::text, pith_cli::output_format::json, pith_cli::output_format::markdown,
        pith_cli::output_format::explain};
    cfg.format = formats[b % 4];
    if ((b >> 2) % 2 == 1) {  // fields named unlike the output's
        cfg.id_field = "url";
        cfg.html_field = "body";
        cfg.text_field = "content";
    }
    switch ((b >> 3) % 3) {
        case 1: cfg.mode_forced = true; cfg.mode = pith::input_mode::text; break;
        case 2: cfg.mode_forced = true; cfg.mode = pith::input_mode::html; break;
        default: break;
    }
    return cfg;
}

// Nesting depth of a parsed value (a scalar is 0, [] is 1), iteratively.
std::size_t depth_of(const json& root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const json*, std::size_t>> stack{{&root, 0}};
    while (!stack.empty()) {
        auto [j, d] = stack.back();
        stack.pop_back();
        if (!j->is_structured()) continue;
        if (d + 1 > deepest) deepest = d + 1;
        for (const json& child : *j) stack.emplace_back(&child, d + 1);
    }
    return deepest;
}

void check_record(const pith_cli::config& cfg, std::string_view line) {
    const pith_cli::record_result r = pith_cli::process_record(cfg, line, 1);
    require(!r.line.empty() && r.line.find('\n') == r.line.size() - 1, "a record is not exactly one line");
    require(pith::fuzz::valid_utf8(r.line), "a record is not valid UTF-8");
    const json out = json::parse(r.line, nullptr, /*allow_exceptions=*/false);
    require(!out.is_discarded() && out.is_object() && !out.empty(), "a record is not a JSON object");
    require(out.begin().key() == "id" && out.contains("error") && std::prev(out.end()).key() == "error",
            "a record does not run from \"id\" to \"error\"");
    require(r.error.empty() == out["error"].is_null(), "\"error\" disagrees with the error returned");
    const pith_cli::record_result again = pith_cli::process_record(cfg, line, 1);
    require(again.line == r.line && again.error == r.error, "the same line gave a different record");

    const json in = json::parse(line, nullptr, /*allow_exceptions=*/false);
    const bool is_object = !in.is_discarded() && in.is_object();
    const bool too_deep = !in.is_discarded() && depth_of(in) > pith_cli::max_record_depth;
    const json* content = nullptr;
    if (is_object) {
        if (in.contains(cfg.text_field)) content = &in[cfg.text_field];
        if (in.contains(cfg.html_field)) content = &in[cfg.html_field];
    }
    const bool usable = is_object && !too_deep && content && content->is_string();
    // A usable record whose content pith itself refuses (binary, a WARC
    // archive, too large) is an error record that names pith's status.
    pith::result refused;
    if (usable) {
        pith::options o;
        o.mode = cfg.mode_forced ? cfg.mode
                                 : (in.contains(cfg.html_field) ? pith::input_mode::html : pith::input_mode::text);
        pith::result probe = pith::clean(content->get_ref<const std::string&>(), o);
        if (!probe.ok()) refused = std::move(probe);
    }
    const bool pith_refused = refused.code != pith::status::ok;
    require((usable && !pith_refused) == r.error.empty(),
            usable ? "a good record failed" : "a bad line gave no error");
    if (pith_refused)
        require(r.error.rfind(std::string(pith::to_string(refused.code)) + ": ", 0) == 0,
                "a refused record does not name pith's status");
    if (!in.is_discarded())
        require(too_deep == (r.error.find("nested deeper") != std::string::npos),
                "the depth limit refused the wrong line");
    if (!r.error.empty()) {
        require(out["error"].is_string() && !out["error"].get_ref<const std::string&>().empty(),
                "an error record without a message");
        require(out["text"].is_null() && out["mode"].is_null(), "an error record with output");
    }
    require(out["line"] == 1, "a record without its line number");
    if (!is_object || too_deep) {
        // A broken line may still give its id (salvage_id); a valid value
        // that is not an object never does.
        require(out["id"].is_null() || in.is_discarded() || too_deep, "an id from a line that is not a record");
        return;
    }
    // Round trip: the id and every field passed through come back equal.
    const json want_id = in.contains(cfg.id_field) ? in[cfg.id_field] : json(nullptr);
    require(out["id"] == want_id, "the id did not round-trip");
    std::vector<std::string> written{"id", "line", "text", "title", "comments", "mode", "error"};
    if (r.error.empty() && (cfg.format == pith_cli::output_format::json ||
                            cfg.format == pith_cli::output_format::explain))
        written.push_back("blocks");
    if (r.error.empty() && cfg.format == pith_cli::output_format::markdown) written.push_back("markdown");
    if (r.error.empty())
        for (const char* k : {"status", "language", "encoding", "warnings"}) written.push_back(k);
    if (r.error.empty()) for (const char* k : {"metadata", "page_type"}) written.push_back(k);
    const auto is_written = [&](const std::string& k) {
        for (const std::string& w : written)
            if (w == k) return true;
        return false;
    };
    for (auto it = in.begin(); it != in.end(); ++it) {
        const std::string& k = it.key();
        if (is_written(k)) continue;
        if (k == cfg.id_field || k == cfg.html_field || k == cfg.text_field) {
            require(!out.contains(k), "a content field was passed through");
        } else {
            require(out.contains(k) && out[k] == it.value(), "a field did not round-trip");
        }
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        require(is_written(it.key()) || in.contains(it.key()), "a record holds a field from nowhere");
    if (!r.error.empty()) return;

    // The text is pith's for the content, in the mode the record chose.
    pith::options o;
    o.mode = cfg.mode_forced ? cfg.mode
                             : (in.contains(cfg.html_field) ? pith::input_mode::html : pith::input_mode::text);
    const pith::result cleaned = pith::clean(content->get_ref<const std::string&>(), o);
    require(out["text"].is_string() && out["text"].get_ref<const std::string&>() == cleaned.text,
            "the record's text is not pith's");
    require(out["mode"] == std::string(pith::to_string(cleaned.mode)), "the record's mode is not pith's");
    require(cleaned.title.empty() ? out["title"].is_null() : out["title"] == cleaned.title,
            "the record's title is not pith's");
    if (out.contains("blocks") && is_written("blocks"))
        require(out["blocks"].is_array() && out["blocks"].size() == cleaned.blocks.size(),
                "the record's blocks are not pith's");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    const pith_cli::config cfg = config_for(size > 0 ? data[size - 1] : 0);
    // Lines as the CLI's reader cuts them: at '\n', without a final '\r';
    // blank lines get a placeholder there, but process_record must cope.
    std::size_t start = 0;
    while (start <= in.size()) {
        std::size_t nl = in.find('\n', start);
        std::string_view line = in.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        check_record(cfg, line);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return 0;
}
