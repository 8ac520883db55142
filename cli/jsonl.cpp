#include "jsonl.h"

#include "outputs.h"

namespace pith_cli {

namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] " and
// may quote much of the line; keep them short and readable.
std::string short_parse_message(const char* what) {
    std::string m = what;
    if (!m.empty() && m[0] == '[') {
        std::size_t close = m.find("] ");
        if (close != std::string::npos) m.erase(0, close + 2);
    }
    if (m.size() > 200) m = m.substr(0, 200) + "...";
    return "invalid JSON: " + m;
}

// Whether arrays and objects nest deeper than `limit` anywhere in `line`:
// one pass that skips strings (a bracket in a string is text). Malformed
// lines are left for the parser to refuse.
bool nests_deeper_than(std::string_view line, std::size_t limit) {
    std::size_t depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return true;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return false;
}

// The fields passed through, after what pith wrote. Fields pith writes win
// over input fields of the same name, and "error" is always written last:
// copying an input "error" here would fix its place before the others.
void add_passed(json& out, const json& passed) {
    for (auto it = passed.begin(); it != passed.end(); ++it)
        if (it.key() != "error" && !out.contains(it.key())) out[it.key()] = it.value();
}

// Output key order: id, what pith made, the fields passed through, error.
record_result failed(json id, const json& passed, std::string error) {
    json out;
    out["id"] = std::move(id);
    out["text"] = nullptr;
    out["title"] = nullptr;
    out["mode"] = nullptr;
    add_passed(out, passed);
    out["error"] = error;
    return {dump_line(out), std::move(error)};
}

}  // namespace

record_result too_long_record(std::size_t max_line) {
    return failed(nullptr, json::object(), "line longer than " + std::to_string(max_line) + " bytes");
}

record_result process_record(const config& cfg, std::string_view line) {
    json id = nullptr;
    json passed = json::object();
    if (nests_deeper_than(line, max_record_depth))
        return failed(nullptr, passed, "JSON nested deeper than " + std::to_string(max_record_depth) + " levels");
    json in;
    try {
        in = json::parse(line);
    } catch (const json::exception& e) {
        // parse_error, and out_of_range for a number beyond a double (1e400).
        return failed(nullptr, passed, short_parse_message(e.what()));
    }
    if (!in.is_object()) return failed(nullptr, passed, "record is not a JSON object");

    const json* content = nullptr;
    pith::input_mode mode = pith::input_mode::detect;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const std::string& key = it.key();
        if (key == cfg.id_field) {
            id = it.value();
        } else if (key == cfg.html_field) {
            content = &it.value();
            mode = pith::input_mode::html;
        } else if (key == cfg.text_field) {
            if (mode != pith::input_mode::html) {
                content = &it.value();
                mode = pith::input_mode::text;
            }
        } else {
            passed[key] = it.value();
        }
    }
    if (!content)
        return failed(std::move(id), passed, "no \"" + cfg.html_field + "\" or \"" + cfg.text_field + "\" field");
    if (!content->is_string())
        return failed(std::move(id), passed, "field \"" +
                                          (mode == pith::input_mode::html ? cfg.html_field : cfg.text_field) +
                                          "\" is not a string");
    pith::options opts = library_options(cfg);
    opts.mode = cfg.mode_forced ? cfg.mode : mode;
    pith::result r = pith::clean(content->get_ref<const std::string&>(), opts);
    in = json();  // the input page is no longer needed; free it before rendering
    if (!r.ok())
        return failed(std::move(id), passed, std::string(pith::to_string(r.code)) + ": " + r.message);
    if (!cfg.tables) without_data_tables(r);
    json out;
    out["id"] = std::move(id);
    out["text"] = r.text;
    const render_options ro = render_options_of(cfg);
    // The record's fields after text, in the order --format json writes them.
    const json record = record_json(r, ro);  // named: items() must not outlive it
    for (auto it = record.begin(); it != record.end(); ++it)
        if (it.key() != "text") out[it.key()] = it.value();
    if (cfg.blocks || cfg.format == output_format::json || cfg.format == output_format::explain)
        out["blocks"] = blocks_json(r);
    if (cfg.format == output_format::markdown) out["markdown"] = render_markdown(r, ro);
    if (cfg.format == output_format::html) out["html"] = render_html(r, ro);
    add_passed(out, passed);
    out["error"] = nullptr;
    return {dump_line(out), {}};
}

}  // namespace pith_cli
