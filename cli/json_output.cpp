// The JSON record and its blocks: everything the library knows about one
// document (docs/pith-record.schema.json describes it field by field).
#include "outputs.h"

namespace pith_cli {

namespace {

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// Code points before byte `offset` of `t`: JSON readers index text by
// character, not by UTF-8 byte.
std::size_t code_points(std::string_view t, std::size_t offset) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < offset && i < t.size(); ++i)
        if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++n;
    return n;
}

std::string_view span_name(pith::span::type t) {
    switch (t) {
        case pith::span::type::link: return "link";
        case pith::span::type::emphasis: return "emphasis";
        case pith::span::type::strong: return "strong";
        case pith::span::type::code: return "code";
    }
    return "emphasis";
}

json structure_json(const pith::block& b) {
    const pith::block_structure& s = b.structure;
    json j;
    j["heading_level"] = s.heading_level;
    j["list_depth"] = s.list_depth;
    j["ordered"] = s.ordered;
    j["item_number"] = s.item_number == 0 ? json(nullptr) : json(s.item_number);
    j["continues_item"] = s.continues_item;
    j["quote_depth"] = s.quote_depth;
    if (s.table > 0) {
        json t;
        t["id"] = s.table;
        t["data"] = s.data_table;
        t["row"] = s.row;
        t["column"] = s.column;
        t["colspan"] = s.colspan;
        t["rowspan"] = s.rowspan;
        t["header"] = s.header_cell;
        j["table"] = std::move(t);
    } else {
        j["table"] = nullptr;
    }
    j["code_language"] = or_null(s.code_language);
    json spans = json::array();
    for (const pith::span& sp : s.spans) {
        json js;
        js["type"] = span_name(sp.what);
        js["begin"] = code_points(b.text, sp.begin);
        js["end"] = code_points(b.text, sp.end);
        if (sp.what == pith::span::type::link) js["href"] = sp.href;
        spans.push_back(std::move(js));
    }
    j["spans"] = std::move(spans);
    return j;
}

}  // namespace

json blocks_json(const pith::result& r) {
    json blocks = json::array();
    for (const pith::block& b : r.blocks) {
        json jb;
        jb["text"] = b.text;
        jb["kind"] = pith::to_string(b.kind);
        jb["kept"] = b.kept;
        jb["reason"] = pith::to_string(b.why);
        jb["detail"] = b.detail;
        const json s = structure_json(b);
        for (auto it = s.begin(); it != s.end(); ++it) jb[it.key()] = it.value();
        blocks.push_back(std::move(jb));
    }
    return blocks;
}

json record_json(const pith::result& r, const render_options&) {
    json j;
    j["title"] = or_null(r.title);
    j["text"] = r.text;
    j["comments"] = r.comments;
    j["mode"] = pith::to_string(r.mode);
    j["metadata"] = metadata_json(r);
    j["page_type"] = pith::to_string(r.page_type);
    j["status"] = pith::to_string(r.code);
    j["language"] = or_null(r.language);
    j["encoding"] = or_null(r.encoding);
    j["warnings"] = r.warnings;
    return j;
}

std::string metadata_header(const pith::result& r, const render_options& ro) {
    if (!ro.with_metadata) return {};
    // YAML front matter, as trafilatura writes it; values are JSON strings,
    // which YAML reads as they are.
    std::string out = "---\n";
    auto field = [&](const char* name, const std::string& value) {
        if (!value.empty()) out += std::string(name) + ": " + json(value).dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
    };
    field("title", r.title);
    field("language", r.language);
    field("encoding", r.encoding);
    field("mode", std::string(pith::to_string(r.mode)));
    out += "---\n\n";
    return out;
}

}  // namespace pith_cli
