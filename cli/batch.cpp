#include "batch.h"

#include "inputs.h"
#include "item.h"
#include "jsonl.h"
#include "ordered_runner.h"
#include "outputs.h"
#include "progress.h"
#include "warc_input.h"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <new>
#include <unistd.h>

namespace fs = std::filesystem;

namespace pith_cli {

namespace {

// A JSON Lines line may hold a whole page, escaped: allow the page limit
// plus room for the escaping and the other fields.
constexpr std::size_t max_jsonl_line = pith::default_max_input_bytes + (std::size_t{16} << 20);

std::string out_path(const config& cfg, const input_source& src, const std::string& ext) {
    return (fs::path(cfg.out_dir) / (src.out_stem + ext)).string();
}

// What the user can do about a refused input, when there is something.
std::string hint_for(const pith::result& r) {
    if (r.code == pith::status::unsupported_input && r.message.find("WARC") != std::string::npos)
        return "; read it with --warc";
    return {};
}

item clean_document(const config& cfg, const input_plan& plan, const input_source& src, const std::string& ext) {
    item it;
    it.label = src.name;
    auto fail = [&](const std::string& why) {
        it.failed = true;
        it.errors.push_back(src.name + ": " + why);
        it.output.clear();
        return it;
    };
    // A whole output is only ever there by rename (atomic_file): one that
    // exists was finished.
    std::error_code exists_ec;
    if (cfg.skip_existing && fs::exists(out_path(cfg, src, ext), exists_ec)) return it;
    try {
        std::string bytes, error, warning;
        if (!read_source(src, pith::default_max_input_bytes, bytes, error, &warning)) return fail(error);
        if (!warning.empty()) it.errors.push_back(src.name + ": warning: " + warning);
        it.input_bytes = bytes.size();
        pith::options opts;
        opts.mode = src.mode;
        opts.encoding = cfg.encoding;
        opts.max_millis = cfg.max_millis;
        pith::result r = pith::clean(bytes, opts);
        std::string().swap(bytes);  // free the page before rendering
        if (!r.ok()) return fail(std::string(pith::to_string(r.code)) + ": " + r.message + hint_for(r));
        // A limit that was hit keeps the text but is said on stderr.
        for (const std::string& w : r.warnings) it.errors.push_back(src.name + ": warning: " + w);
        std::string out = render(r, cfg.format, src.name);
        if (cfg.out_dir.empty()) {
            it.output = std::move(out);
        } else if (!write_file_atomically(out_path(cfg, src, ext), out, error, &plan.guard)) {
            return fail(error);
        }
    } catch (const std::bad_alloc&) {
        return fail("out of memory");
    } catch (const std::exception& e) {
        return fail(e.what());
    }
    return it;
}

item clean_record(const config& cfg, const std::string& where, const std::string& line, std::uint64_t number) {
    item it;
    it.what = item::type::record;
    it.input_bytes = line.size() + 1;
    try {
        record_result r = process_record(cfg, line, number);
        it.output = std::move(r.line);
        if (!r.error.empty()) {
            it.failed = true;
            it.errors.push_back(where + ": " + r.error);
        }
    } catch (const std::exception& e) {
        // Even here the output keeps one line per input line.
        it.failed = true;
        it.errors.push_back(where + ": " + e.what());
        it.output = error_record(number, e.what()).line;
    }
    return it;
}

// Makes the tasks for plain inputs: one per source.
class document_tasks {
public:
    document_tasks(const config& cfg, const input_plan& plan, std::string ext)
        : cfg_(cfg), plan_(plan), ext_(std::move(ext)) {}
    std::optional<task> operator()() {
        if (next_ >= plan_.sources.size()) return std::nullopt;
        const input_source* src = &plan_.sources[next_++];
        const config* cfg = &cfg_;
        const input_plan* plan = &plan_;
        const std::string* ext = &ext_;
        return task([cfg, plan, src, ext] { return clean_document(*cfg, *plan, *src, *ext); });
    }

private:
    const config& cfg_;
    const input_plan& plan_;
    std::string ext_;
    std::size_t next_ = 0;
};

// Makes the tasks for JSON Lines streams: lines are read here, in order,
// and parsed and cleaned by the workers.
class record_tasks {
public:
    record_tasks(const config& cfg, const input_plan& plan) : cfg_(cfg), plan_(plan) {}
    std::optional<task> operator()() {
        for (;;) {
            if (!reader_) {
                if (next_ >= plan_.sources.size()) return std::nullopt;
                src_ = &plan_.sources[next_++];
                std::error_code ec;
                if (cfg_.skip_existing && src_->error.empty() && fs::exists(out_path(cfg_, *src_, ".jsonl"), ec))
                    continue;  // finished by a former run
                reader_ = std::make_unique<line_reader>(*src_, max_jsonl_line);
                seen_record_ = false;
                item begin;
                begin.what = item::type::stream_begin;
                begin.label = src_->name;
                // A stream that cannot be read (its output name taken, say)
                // opens no file: not even a temporary one beside the winner's.
                if (!cfg_.out_dir.empty() && src_->error.empty())
                    begin.stream_target = out_path(cfg_, *src_, ".jsonl");
                return task([begin] { return begin; });
            }
            std::string line;
            bool too_long = false;
            if (!reader_->next(line, too_long)) {
                item end;
                end.what = item::type::stream_end;
                end.label = src_->name;
                if (!reader_->ok()) {
                    end.failed = true;
                    end.errors.push_back(src_->name + ": " + reader_->error());
                } else if (!reader_->warning().empty()) {
                    end.errors.push_back(src_->name + ": warning: " + reader_->warning());
                }
                reader_.reset();
                return task([end] { return end; });
            }
            const std::uint64_t number = reader_->line_number();
            std::string where = src_->name + ":" + std::to_string(number);
            item it;
            it.what = item::type::record;
            if (too_long) {
                it.failed = true;
                record_result r = too_long_record(max_jsonl_line, number);
                it.output = std::move(r.line);
                it.errors.push_back(where + ": " + r.error);
                seen_record_ = true;
                return task([it] { return it; });
            }
            if (line.find_first_not_of(" \t\r") == std::string::npos) {  // a placeholder keeps the pairing
                it.output = blank_record(number).line;
                return task([it] { return it; });
            }
            if (!seen_record_ && looks_like_markup(line)) return not_json_lines(where);
            seen_record_ = true;
            const config* cfg = &cfg_;
            return task([cfg, where = std::move(where), line = std::move(line), number] {
                return clean_record(*cfg, where, line, number);
            });
        }
    }

private:
    // A stream whose first record line is markup is not JSON Lines at all
    // (an HTML page given to --jsonl): one error for the stream, no records,
    // and no output file, instead of one parse error per line.
    std::optional<task> not_json_lines(const std::string& where) {
        item end;
        end.what = item::type::stream_end;
        end.label = src_->name;
        end.failed = true;
        end.errors.push_back(where + ": not JSON Lines: the first record starts with '<' (an HTML page? "
                                     "give it without --jsonl)");
        reader_.reset();
        return task([end] { return end; });
    }

    const config& cfg_;
    const input_plan& plan_;
    std::size_t next_ = 0;
    const input_source* src_ = nullptr;
    std::unique_ptr<line_reader> reader_;
    bool seen_record_ = false;  // the current stream had a non-blank line
};

// Writes results in order: standard output, or the current stream's file.
class writer {
public:
    writer(const config& cfg, const input_plan& plan, progress& bar)
        : cfg_(cfg), plan_(plan), bar_(bar) {}

    void operator()(item&& it) {
        for (const std::string& e : it.errors) bar_.message("pith: " + e);
        for (const std::string& n : it.notes) bar_.message("pith: " + n);
        if (it.failed) ++failures_;
        switch (it.what) {
            case item::type::document:
                if (!it.failed && cfg_.out_dir.empty()) {
                    if (plan_.several && cfg_.format != output_format::json) {
                        out(stdout_label(it.label, first_));
                        first_ = false;
                    }
                    out(it.output);
                }
                bar_.item_done(it.input_bytes, it.failed);
                break;
            case item::type::record:
                if (stream_) {
                    std::string error;
                    if (stream_->is_open() && !stream_->write(it.output, error)) stream_failed(error);
                } else if (cfg_.out_dir.empty()) {
                    out(it.output);
                }
                bar_.item_done(it.input_bytes, it.failed);
                break;
            case item::type::stream_begin:
                if (!it.stream_target.empty()) {
                    stream_ = std::make_unique<atomic_file>();
                    stream_name_ = it.label;
                    std::string error;
                    if (!stream_->open(it.stream_target, error, &plan_.guard)) stream_failed(error);
                }
                break;
            case item::type::stream_end:
                if (stream_) {
                    std::string error;
                    // A stream that could not be read to its end leaves no file.
                    if (!it.failed && stream_->is_open() && !stream_->commit(error)) stream_failed(error);
                    stream_.reset();
                }
                break;
        }
    }

    std::size_t failures() const { return failures_; }
    bool stdout_failed() const { return stdout_failed_; }

private:
    void out(std::string_view bytes) {
        if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size())
            stdout_failed_ = true;
    }
    void stream_failed(const std::string& error) {
        bar_.message("pith: " + stream_name_ + ": " + error);
        ++failures_;
    }

    const config& cfg_;
    const input_plan& plan_;
    progress& bar_;
    bool first_ = true;
    std::size_t failures_ = 0;
    bool stdout_failed_ = false;
    std::unique_ptr<atomic_file> stream_;
    std::string stream_name_;
};

// A WARC file given without --warc is read as one when every input is
// (said on stderr); a WARC file among pages is a usage error, since a
// WARC's records cannot be one document. Returns 2 for that, else 0.
int detect_warc(config& cfg, const input_plan& plan) {
    if (cfg.warc || cfg.jsonl) return 0;
    std::vector<const input_source*> warcs;
    for (const input_source& s : plan.sources)
        if (s.path != "-" && s.error.empty() && looks_like_warc(s.path)) warcs.push_back(&s);
    if (warcs.empty()) return 0;
    if (warcs.size() < plan.sources.size()) {
        std::fprintf(stderr, "pith: %s is a WARC file: give WARC files with --warc, apart from pages\n",
                     warcs.front()->name.c_str());
        return 2;
    }
    for (const input_source* s : warcs)
        std::fprintf(stderr, "pith: %s: a WARC file: read as with --warc\n", s->name.c_str());
    cfg.warc = true;
    return 0;
}

}  // namespace

int run_batch(const config& given) {
    config cfg = given;
    std::string ext = cfg.jsonl || cfg.warc ? std::string(".jsonl") : extension_for(cfg.format);
    input_plan plan = plan_inputs(cfg, ext);
    if (!cfg.warc && !cfg.jsonl) {
        if (detect_warc(cfg, plan) != 0) return 2;
        if (cfg.warc) plan = plan_inputs(cfg, ".jsonl");
    }
    const bool streams = cfg.jsonl || cfg.warc;
    if (!plan.refusal.empty()) {  // before anything is created or written
        std::fprintf(stderr, "pith: %s\n", plan.refusal.c_str());
        return 2;
    }
    if (!cfg.out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(cfg.out_dir, ec);
        if (ec) {
            std::fprintf(stderr, "pith: cannot create %s: %s\n", cfg.out_dir.c_str(), ec.message().c_str());
            return 1;
        }
        // What a killed run left half-written is not an output: remove it.
        remove_stale_temp_files(cfg.out_dir);
    }
    for (const std::string& note : plan.notes) std::fprintf(stderr, "pith: %s\n", note.c_str());
    bool show_bar = !cfg.quiet && isatty(STDERR_FILENO) && (plan.several || streams);
    progress bar(show_bar, streams ? 0 : plan.sources.size(), streams ? plan.known_bytes : 0);
    writer write(cfg, plan, bar);
    // Enough tasks in flight to keep every worker busy while the oldest
    // (perhaps one huge page) holds up the in-order output.
    std::size_t window = std::size_t{4} * cfg.jobs;
    record_tasks records(cfg, plan);
    document_tasks documents(cfg, plan, ext);
    warc_tasks warcs(cfg, plan);
    std::function<std::optional<task>()> next;
    if (cfg.warc) next = [&warcs] { return warcs(); };
    else if (cfg.jsonl) next = [&records] { return records(); };
    else next = [&documents] { return documents(); };
    std::function<void(item&&)> deliver = std::ref(write);
    run_ordered<item>(cfg.jobs, window, next, deliver);
    bar.finish();
    if (std::fflush(stdout) != 0 || write.stdout_failed()) {
        std::fputs("pith: cannot write to standard output\n", stderr);
        return 1;
    }
    if (write.failures() > 0) {
        if (streams)
            std::fprintf(stderr, "pith: %zu failure%s, %zu records read\n", write.failures(),
                         write.failures() == 1 ? "" : "s", bar.done());
        else if (plan.several)
            std::fprintf(stderr, "pith: %zu of %zu inputs failed\n", write.failures(), bar.done());
        return 1;
    }
    return 0;
}

}  // namespace pith_cli
