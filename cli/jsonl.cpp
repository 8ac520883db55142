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

// The end of the JSON string that opens at line[start] (a '"'), one past its
// closing quote, or npos when the line ends first.
std::size_t string_end(std::string_view line, std::size_t start) {
    for (std::size_t i = start + 1; i < line.size(); ++i) {
        if (line[i] == '\\') ++i;
        else if (line[i] == '"') return i + 1;
    }
    return std::string_view::npos;
}

// The id of a line that is not valid JSON, when it can still be read: the
// first `"<field>": value` at the top level of an object, the value a whole
// string, number, true, false or null. So an error record still joins to
// its input by id, not only by line.
json salvage_id(std::string_view line, const std::string& field) {
    std::size_t depth = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (c == '{' || c == '[') ++depth;
        else if ((c == '}' || c == ']') && depth > 0) --depth;
        if (c != '"') continue;
        std::size_t end = string_end(line, i);
        if (end == std::string_view::npos) return nullptr;
        json key = json::parse(line.substr(i, end - i), nullptr, /*allow_exceptions=*/false);
        std::size_t v = line.find_first_not_of(" \t", end);
        if (depth == 1 && key.is_string() && key.get_ref<const std::string&>() == field && v < line.size() &&
            line[v] == ':') {
            v = line.find_first_not_of(" \t", v + 1);
            if (v == std::string_view::npos) return nullptr;
            std::size_t stop = line[v] == '"' ? string_end(line, v) : line.find_first_of(",}] \t", v);
            if (stop == std::string_view::npos && line[v] == '"') return nullptr;
            json value = json::parse(line.substr(v, stop == std::string_view::npos ? std::string_view::npos : stop - v),
                                     nullptr, /*allow_exceptions=*/false);
            return value.is_discarded() || value.is_structured() ? json(nullptr) : value;
        }
        i = end - 1;
    }
    return nullptr;
}

// The fields passed through, after what pith wrote. Fields pith writes win
// over input fields of the same name, and "error" is always written last:
// copying an input "error" here would fix its place before the others.
void add_passed(json& out, const json& passed) {
    for (auto it = passed.begin(); it != passed.end(); ++it)
        if (it.key() != "error" && !out.contains(it.key())) out[it.key()] = it.value();
}

// Output key order: id, line, what pith made, the fields passed through, error.
record_result failed(json id, std::uint64_t line_number, const json& passed, std::string error) {
    json out;
    out["id"] = std::move(id);
    out["line"] = line_number;
    out["text"] = nullptr;
    out["title"] = nullptr;
    out["mode"] = nullptr;
    add_passed(out, passed);
    out["error"] = error;
    return {dump_line(out), std::move(error)};
}

}  // namespace

record_result too_long_record(std::size_t max_line, std::uint64_t line_number) {
    return failed(nullptr, line_number, json::object(), "line longer than " + std::to_string(max_line) + " bytes");
}

record_result blank_record(std::uint64_t line_number) {
    record_result r = failed(nullptr, line_number, json::object(), "blank line");
    r.error.clear();  // a placeholder, not a failure
    return r;
}

record_result error_record(std::uint64_t line_number, std::string error) {
    return failed(nullptr, line_number, json::object(), std::move(error));
}

bool looks_like_markup(std::string_view line) {
    std::size_t k = line.find_first_not_of(" \t\r");
    if (line.substr(0, 3) == "\xEF\xBB\xBF") k = line.find_first_not_of(" \t\r", 3);
    return k != std::string_view::npos && line[k] == '<';
}

record_result process_record(const config& cfg, std::string_view line, std::uint64_t line_number) {
    json id = nullptr;
    json passed = json::object();
    if (nests_deeper_than(line, max_record_depth))
        return failed(salvage_id(line, cfg.id_field), line_number, passed,
                      "JSON nested deeper than " + std::to_string(max_record_depth) + " levels");
    json in;
    try {
        in = json::parse(line);
    } catch (const json::exception& e) {
        // parse_error, and out_of_range for a number beyond a double (1e400).
        return failed(salvage_id(line, cfg.id_field), line_number, passed, short_parse_message(e.what()));
    }
    if (!in.is_object()) return failed(nullptr, line_number, passed, "record is not a JSON object");

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
        return failed(std::move(id), line_number, passed,
                      "no \"" + cfg.html_field + "\" or \"" + cfg.text_field + "\" field");
    if (!content->is_string())
        return failed(std::move(id), line_number, passed, "field \"" +
                                          (mode == pith::input_mode::html ? cfg.html_field : cfg.text_field) +
                                          "\" is not a string");
    pith::options opts;
    opts.mode = cfg.mode_forced ? cfg.mode : mode;
    opts.encoding = cfg.encoding;
    opts.max_millis = cfg.max_millis;
    pith::result r = pith::clean(content->get_ref<const std::string&>(), opts);
    in = json();  // the input page is no longer needed; free it before rendering
    if (!r.ok())
        return failed(std::move(id), line_number, passed,
                      std::string(pith::to_string(r.code)) + ": " + r.message);
    json out;
    out["id"] = std::move(id);
    out["line"] = line_number;
    out["text"] = r.text;
    out["title"] = r.title.empty() ? json(nullptr) : json(r.title);
    out["mode"] = pith::to_string(r.mode);
    out["metadata"] = metadata_json(r);
    if (cfg.format == output_format::json || cfg.format == output_format::explain)
        out["blocks"] = blocks_json(r);
    if (cfg.format == output_format::markdown) out["markdown"] = render_markdown(r);
    add_passed(out, passed);
    out["error"] = nullptr;
    return {dump_line(out), {}};
}

}  // namespace pith_cli
