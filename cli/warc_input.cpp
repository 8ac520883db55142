#include "warc_input.h"

#include "outputs.h"

#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <memory>

namespace pith_cli {

namespace {

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// The record's identity, in the output's key order.
json record_fields(const pith::warc::record& rec) {
    json out;
    out["warc_record_id"] = nullable(rec.record_id);
    out["warc_type"] = nullable(rec.type);
    out["url"] = nullable(rec.target_uri);
    out["warc_date"] = nullable(rec.date);
    out["http_status"] = rec.http_status ? json(rec.http_status) : json(nullptr);
    out["media_type"] = nullable(rec.media_type);
    out["warc_truncated"] = nullable(rec.truncated);
    return out;
}

std::string no_text_line(json out, const std::string& error) {
    out["text"] = error.empty() ? json("") : json(nullptr);
    out["title"] = nullptr;
    out["mode"] = nullptr;
    out["language"] = nullptr;
    out["encoding"] = nullptr;
    out["metadata"] = nullptr;
    out["error"] = nullable(error);
    return dump_line(out);
}

// How messages name a record: its id, else where it starts.
std::string record_name(const input_source& src, const pith::warc::record& rec) {
    return src.name + ": record " +
           (rec.record_id.empty() ? "at byte " + std::to_string(rec.offset) : rec.record_id);
}

std::string summary(const input_source& src, const pith::warc::counts& seen,
                    const std::map<std::string, std::uint64_t>& skipped) {
    std::string s = src.name + ": " + std::to_string(seen.records) + " WARC records, " +
                    std::to_string(seen.html) + " HTML";
    std::uint64_t total = 0;
    std::string kinds;
    for (const auto& [type, n] : skipped) {
        total += n;
        kinds += (kinds.empty() ? "" : ", ") + std::to_string(n) + " " + type;
    }
    if (total > 0) s += ", " + std::to_string(total) + " skipped (" + kinds + ")";
    if (seen.errors > 0) s += ", " + std::to_string(seen.errors) + " unreadable";
    return s;
}

std::ptrdiff_t read_stdin(char* buf, std::size_t size) {
    std::size_t n = std::fread(buf, 1, size, stdin);
    if (n == 0 && std::ferror(stdin)) return -1;
    return static_cast<std::ptrdiff_t>(n);
}

}  // namespace

bool looks_like_warc(const std::string& path) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) return false;
    char head[7];
    int n = gzread(f, head, sizeof head);
    gzclose(f);
    return n == static_cast<int>(sizeof head) && std::string_view(head, sizeof head) == "WARC/1.";
}

std::string warc_record_line(const config& cfg, const pith::warc::record& rec, std::string& error,
                             std::vector<std::string>& warnings) {
    error.clear();
    json out = record_fields(rec);
    if (!rec.ok()) {
        error = std::string(pith::warc::to_string(rec.code)) + ": " + rec.message;
        return no_text_line(std::move(out), error);
    }
    if (!rec.is_html) return no_text_line(std::move(out), {});
    pith::options opts;
    opts.encoding = cfg.encoding;
    opts.favour = cfg.favour;
    pith::result r = pith::warc::clean_record(rec, opts);
    if (!r.ok()) {
        error = std::string(pith::to_string(r.code)) + ": " + r.message;
        return no_text_line(std::move(out), error);
    }
    warnings = r.warnings;
    out["text"] = r.text;
    out["title"] = nullable(r.title);
    out["mode"] = pith::to_string(r.mode);
    out["language"] = nullable(r.language);
    out["encoding"] = nullable(r.encoding);
    out["metadata"] = metadata_json(r);
    if (cfg.format == output_format::json || cfg.format == output_format::explain)
        out["blocks"] = blocks_json(r);
    if (cfg.format == output_format::markdown) out["markdown"] = render_markdown(r);
    out["error"] = nullptr;
    return dump_line(out);
}

warc_tasks::warc_tasks(const config& cfg, const input_plan& plan) : cfg_(cfg), plan_(plan) {}

std::optional<task> warc_tasks::begin_stream() {
    src_ = &plan_.sources[next_++];
    if (src_->path == "-") reader_ = std::make_unique<pith::warc::reader>(pith::warc::read_function(read_stdin));
    else reader_ = std::make_unique<pith::warc::reader>(pith::warc::reader::open(src_->path));
    last_offset_ = 0;
    skipped_.clear();
    item begin;
    begin.what = item::type::stream_begin;
    begin.label = src_->name;
    if (!cfg_.out_dir.empty())
        begin.stream_target = (std::filesystem::path(cfg_.out_dir) / (src_->out_stem + ".jsonl")).string();
    return task([begin] { return begin; });
}

item warc_tasks::end_stream() {
    item end;
    end.what = item::type::stream_end;
    end.label = src_->name;
    if (!src_->error.empty() || !reader_->ok()) {
        end.failed = true;
        end.errors.push_back(src_->name + ": " + (src_->error.empty() ? reader_->error() : src_->error));
    }
    if (reader_->seen().records > 0) end.notes.push_back(summary(*src_, reader_->seen(), skipped_));
    reader_.reset();
    return end;
}

std::optional<task> warc_tasks::operator()() {
    if (!reader_) {
        if (next_ >= plan_.sources.size()) return std::nullopt;
        return begin_stream();
    }
    auto rec = std::make_shared<pith::warc::record>();
    if (!src_->error.empty() || !reader_->next(*rec)) {
        item end = end_stream();
        return task([end] { return end; });
    }
    item it;
    it.what = item::type::record;
    it.input_bytes = rec->offset > last_offset_ ? rec->offset - last_offset_ : 0;
    last_offset_ = rec->offset;
    if (rec->ok() && !rec->is_html) {
        ++skipped_[rec->type.empty() ? std::string("untyped") : rec->type];
        if (cfg_.warc_keep_all) {
            std::string error;
            std::vector<std::string> warnings;
            it.output = warc_record_line(cfg_, *rec, error, warnings);
        }
        return task([it] { return it; });
    }
    const config* cfg = &cfg_;
    std::string name = record_name(*src_, *rec);
    return task([cfg, rec, it, name] {
        item done = it;
        std::string error;
        std::vector<std::string> warnings;
        try {
            done.output = warc_record_line(*cfg, *rec, error, warnings);
        } catch (const std::exception& e) {  // memory: the line still appears, with the reason
            error = e.what();
            done.output = no_text_line(record_fields(*rec), error);
        }
        for (const std::string& w : warnings) done.errors.push_back(name + ": warning: " + w);
        if (!error.empty()) {
            done.failed = true;
            done.errors.push_back(name + ": " + error);
        }
        return done;
    });
}

}  // namespace pith_cli
