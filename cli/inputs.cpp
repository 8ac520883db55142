#include "inputs.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <unistd.h>

namespace fs = std::filesystem;

namespace pith_cli {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

constexpr std::string_view page_exts[] = {".html", ".htm", ".xhtml", ".txt"};
constexpr std::string_view stream_exts[] = {".jsonl", ".ndjson"};
constexpr std::string_view warc_exts[] = {".warc"};  // .warc.gz too, as every extension

// The extension that decides the mode and the stem: the name minus ".gz".
std::string inner_name(const std::string& file_name) {
    std::string l = lower(file_name);
    if (ends_with(l, ".gz")) l.resize(l.size() - 3);
    return l;
}

bool wanted_in_directory(const std::string& file_name, const config& cfg) {
    if (file_name.empty() || file_name[0] == '.') return false;  // hidden, and our own temp files
    std::string l = inner_name(file_name);
    if (cfg.warc) return std::any_of(std::begin(warc_exts), std::end(warc_exts),
                                     [&](std::string_view e) { return ends_with(l, e); });
    if (cfg.jsonl) return std::any_of(std::begin(stream_exts), std::end(stream_exts),
                                  [&](std::string_view e) { return ends_with(l, e); });
    return std::any_of(std::begin(page_exts), std::end(page_exts),
                       [&](std::string_view e) { return ends_with(l, e); });
}

pith::input_mode mode_for(const config& cfg, const std::string& file_name) {
    if (cfg.mode_forced) return cfg.mode;
    std::string l = inner_name(file_name);
    // A ".txt" hints text but may hold a saved page: the bytes decide
    // (pith's detection); --text forces text mode.
    if (ends_with(l, ".txt")) return pith::input_mode::detect;
    if (ends_with(l, ".html") || ends_with(l, ".htm") || ends_with(l, ".xhtml")) return pith::input_mode::html;
    return pith::input_mode::detect;
}

input_source file_source(const config& cfg, const fs::path& path, const fs::path& rel) {
    input_source s;
    s.path = path.string();
    s.name = s.path;
    fs::path stem = rel.parent_path() / output_stem(rel.filename().string());
    s.out_stem = stem.generic_string();
    s.mode = mode_for(cfg, rel.filename().string());
    return s;
}

// A file in a walked folder that is a symbolic link: false when it leads
// into the --out-dir (an output, not an input); else its target is
// remembered as an input, never to be written over.
bool guard_link(output_guard& guard, const fs::path& link) {
    fs::path real = real_path(link);
    if (guard.in_out_dir(real)) return false;
    guard.add_input_file(real);
    return true;
}

}  // namespace

std::string output_stem(const std::string& file_name) {
    std::string l = lower(file_name);
    std::size_t n = file_name.size();
    if (ends_with(l, ".gz")) { n -= 3; l.resize(n); }
    for (std::string_view e : page_exts)
        if (ends_with(l, e)) return file_name.substr(0, n - e.size());
    for (std::string_view e : stream_exts)
        if (ends_with(l, e)) return file_name.substr(0, n - e.size());
    for (std::string_view e : warc_exts)
        if (ends_with(l, e)) return file_name.substr(0, n - e.size());
    return file_name.substr(0, n);
}

namespace {

// What a walk left out, by extension: "skipped 12 files: 7 .php, 5 other".
// The five commonest extensions are named; the rest, and names without an
// extension, are "other".
std::string skipped_note(const std::string& dir, const std::map<std::string, std::size_t>& by_ext) {
    std::vector<std::pair<std::size_t, std::string>> counts;
    std::size_t total = 0, other = 0;
    for (const auto& [ext, n] : by_ext) {
        total += n;
        if (ext.empty()) other += n;
        else counts.emplace_back(n, ext);
    }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    constexpr std::size_t named = 5;
    std::string note = dir + ": skipped " + std::to_string(total) + (total == 1 ? " file" : " files") + ":";
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (k >= named) other += counts[k].first;
        else note += (k ? ", " : " ") + std::to_string(counts[k].first) + " " + counts[k].second;
    }
    if (other) note += (counts.empty() ? " " : ", ") + std::to_string(other) + " other";
    return note + " (--all-files takes every file)";
}

// The extension a skipped file is counted under: the last one, after .gz.
std::string counted_extension(const std::string& file_name) {
    std::string l = inner_name(file_name);
    std::size_t dot = l.rfind('.');
    if (dot == std::string::npos || dot == 0 || l.size() - dot > 8) return {};
    return l.substr(dot);
}

// A directory argument, walked with an explicit stack of folders (no
// recursion over a depth the file system controls). A folder that cannot
// be read is an input that fails, in its place; files are checked when read.
void walk_directory(const config& cfg, const std::string& arg, input_plan& plan, bool& sizes_known) {
    const fs::path root(arg);
    std::vector<input_source> found;
    std::map<std::string, std::size_t> skipped;
    std::vector<fs::path> dirs{root};
    while (!dirs.empty()) {
        fs::path dir = std::move(dirs.back());
        dirs.pop_back();
        std::error_code ec;
        fs::directory_iterator it(dir, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            const fs::directory_entry& e = *it;
            std::string file_name = e.path().filename().string();
            if (file_name.empty() || file_name[0] == '.') continue;  // hidden, and our own temp files
            std::error_code ec2;
            if (e.is_directory(ec2)) {
                if (e.is_symlink(ec2)) continue;  // links to folders are not followed
                // Our own --out-dir when it lies inside the input (else a
                // second run would clean its outputs), by its real path.
                if (plan.guard.active() && plan.guard.in_out_dir(real_path(e.path()))) continue;
                dirs.push_back(e.path());
                continue;
            }
            if (!e.is_regular_file(ec2)) continue;
            if (!cfg.all_files && !wanted_in_directory(file_name, cfg)) {
                ++skipped[counted_extension(file_name)];
                continue;
            }
            if (plan.guard.active() && e.is_symlink(ec2) && !guard_link(plan.guard, e.path())) continue;
            found.push_back(file_source(cfg, e.path(), e.path().lexically_relative(root)));
            std::uintmax_t size = e.file_size(ec2);
            if (ec2 || ends_with(lower(file_name), ".gz")) sizes_known = false;
            else plan.known_bytes += size;
        }
        if (ec) {
            input_source s;
            s.path = dir.string();
            s.name = s.path;
            s.error = "cannot read directory: " + ec.message();
            found.push_back(std::move(s));
        }
    }
    if (found.empty()) plan.notes.push_back(arg + ": no input files in this directory");
    if (!skipped.empty()) plan.notes.push_back(skipped_note(arg, skipped));
    std::sort(found.begin(), found.end(),
              [](const input_source& a, const input_source& b) { return a.path < b.path; });
    for (auto& s : found) plan.sources.push_back(std::move(s));
}

}  // namespace

input_plan plan_inputs(const config& cfg, const std::string& out_ext) {
    input_plan plan;
    plan.refusal = plan.guard.start(cfg);
    if (!plan.refusal.empty()) return plan;
    std::vector<std::string> args = cfg.inputs;
    if (args.empty()) args.push_back("-");
    plan.several = args.size() > 1;
    bool sizes_known = true;
    for (const std::string& arg : args) {
        if (arg == "-") {
            input_source s;
            s.path = "-";
            s.name = "<stdin>";
            s.out_stem = "stdin";
            s.mode = cfg.mode_forced ? cfg.mode : pith::input_mode::detect;
            plan.sources.push_back(std::move(s));
            sizes_known = false;
            continue;
        }
        std::error_code ec;
        fs::path root(arg);
        if (!fs::is_directory(root, ec)) {
            plan.sources.push_back(file_source(cfg, root, root.filename()));
            std::uintmax_t size = fs::file_size(root, ec);
            if (ec || ends_with(lower(arg), ".gz")) sizes_known = false;
            else plan.known_bytes += size;
            continue;
        }
        plan.several = true;
        walk_directory(cfg, arg, plan, sizes_known);
    }
    if (!sizes_known) plan.known_bytes = 0;
    if (!cfg.out_dir.empty()) {
        std::map<std::string, std::string> taken;  // output file -> the input that writes it
        for (input_source& s : plan.sources) {
            if (!s.error.empty()) continue;
            auto [where, fresh] = taken.emplace(s.out_stem + out_ext, s.name);
            if (!fresh)
                s.error = "output " + where->first + " would overwrite the output of " + where->second;
        }
    }
    return plan;
}

struct line_reader::gz_handle {
    gzFile f = nullptr;
    ~gz_handle() {
        if (f) gzclose_r(f);
    }
};

namespace {

// zlib reads gzip and, transparently, plain bytes; one reader serves both.
gzFile open_gz(const input_source& src, std::string& error) {
    gzFile f = nullptr;
    if (src.path == "-") {
        int fd = dup(STDIN_FILENO);  // gzclose closes it; standard input stays open
        if (fd >= 0) f = gzdopen(fd, "rb");
        if (!f && fd >= 0) close(fd);
    } else {
        f = gzopen(src.path.c_str(), "rb");
    }
    if (!f) {
        int e = errno;
        std::error_code ec;
        if (src.path != "-" && fs::is_directory(src.path, ec)) error = "is a directory";
        else error = std::string("cannot open: ") + (e ? std::strerror(e) : "out of memory");
        return nullptr;
    }
    gzbuffer(f, 1 << 17);
    return f;
}

std::string gz_error_text(gzFile f) {
    int code = 0;
    const char* msg = gzerror(f, &code);
    if (code == Z_ERRNO) return std::strerror(errno);
    return msg && *msg ? msg : "read error";
}

}  // namespace

bool read_source(const input_source& src, std::size_t limit, std::string& out, std::string& error,
                 std::string* warning) {
    out.clear();
    if (!src.error.empty()) {
        error = src.error;
        return false;
    }
    if (src.path != "-") {
        std::error_code ec;
        std::uintmax_t size = fs::file_size(src.path, ec);
        if (!ec && !ends_with(lower(src.path), ".gz")) {
            if (size > limit) {
                error = "input is " + std::to_string(size) + " bytes, more than the limit of " +
                        std::to_string(limit);
                return false;
            }
            out.reserve(static_cast<std::size_t>(size) + 1);
        }
    }
    gzFile f = open_gz(src, error);
    if (!f) return false;
    // Known size: one read of it plus one byte (to see the end). Unknown
    // (gzip, stdin): chunks growing with what was read, so the string ends
    // up at most about twice the page, and is trimmed below.
    bool ok = true;
    for (;;) {
        std::size_t have = out.size();
        std::size_t chunk = out.capacity() > have ? out.capacity() - have
                                                  : std::max<std::size_t>(have, std::size_t{1} << 16);
        // Read at most one byte past the limit: enough to know it was passed.
        std::size_t want = std::min({chunk, limit + 1 - have, std::size_t{1} << 30});
        if (want == 0) break;
        out.resize(have + want);
        int got = gzread(f, out.data() + have, static_cast<unsigned>(want));
        if (got < 0) {
            error = "cannot read: " + gz_error_text(f);
            ok = false;
            out.resize(have);
            break;
        }
        out.resize(have + static_cast<std::size_t>(got));
        if (got == 0) break;
    }
    int close_code = gzclose_r(f);
    if (ok && close_code == Z_BUF_ERROR) {
        // What a cut-off download held is still worth cleaning.
        if (warning) *warning = truncated_gzip_warning;
        else error = "truncated gzip data", ok = false;
    } else if (ok && close_code != Z_OK) {
        error = "cannot read (zlib error " + std::to_string(close_code) + ")";
        ok = false;
    }
    if (ok && out.size() > limit) {
        error = "input is more than the limit of " + std::to_string(limit) + " bytes";
        ok = false;
    }
    if (!ok) out.clear();
    // Pages are held while queued; do not hold twice their size.
    if (out.capacity() > out.size() + out.size() / 4 + 4096) out.shrink_to_fit();
    return ok;
}

line_reader::line_reader(const input_source& src, std::size_t max_line)
    : gz_(std::make_unique<gz_handle>()), max_line_(max_line) {
    if (!src.error.empty()) {
        error_ = src.error;
        return;
    }
    gz_->f = open_gz(src, error_);
}

line_reader::~line_reader() = default;

bool line_reader::fill() {
    if (eof_ || !gz_->f) return false;
    if (pos_ > 0) {
        buf_.erase(0, pos_);
        pos_ = 0;
    }
    constexpr std::size_t chunk = std::size_t{1} << 18;
    std::size_t have = buf_.size();
    buf_.resize(have + chunk);
    int got = gzread(gz_->f, buf_.data() + have, static_cast<unsigned>(chunk));
    if (got < 0) {
        error_ = "cannot read: " + gz_error_text(gz_->f);
        buf_.resize(have);
        eof_ = true;
        return false;
    }
    buf_.resize(have + static_cast<std::size_t>(got));
    if (got == 0) {
        eof_ = true;
        int code = gzclose_r(gz_->f);
        gz_->f = nullptr;
        if (code == Z_BUF_ERROR) warning_ = truncated_gzip_warning;
        return false;
    }
    return true;
}

bool line_reader::next(std::string& line, bool& too_long) {
    too_long = false;
    line.clear();
    std::size_t scanned = pos_;
    for (;;) {
        std::size_t nl = buf_.find('\n', scanned);
        if (nl != std::string::npos) {
            ++line_number_;
            if (too_long) {
                pos_ = nl + 1;
                return true;
            }
            std::size_t end = nl;
            if (end > pos_ && buf_[end - 1] == '\r') --end;
            if (end - pos_ > max_line_) too_long = true;
            else line.assign(buf_, pos_, end - pos_);
            pos_ = nl + 1;
            return true;
        }
        if (buf_.size() - pos_ > max_line_) {
            // Too long: drop what we have and keep reading to the newline.
            too_long = true;
            buf_.clear();
            pos_ = 0;
        }
        scanned = buf_.size();
        std::size_t before = pos_;
        if (!fill()) {
            if (!error_.empty()) return false;
            if (buf_.size() > pos_ || too_long) {  // last line without '\n'
                ++line_number_;
                if (!too_long) line.assign(buf_, pos_, buf_.size() - pos_);
                pos_ = buf_.size();
                return true;
            }
            return false;
        }
        scanned -= before - pos_;  // fill() moved the unread bytes to the front
    }
}

}  // namespace pith_cli
