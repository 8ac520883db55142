#include "outputs.h"

#include "pith/metadata_fields.h"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <random>
#include <sstream>
#include <thread>
#include <type_traits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace pith_cli {

std::string extension_for(output_format format) {
    switch (format) {
        case output_format::text: return ".txt";
        case output_format::json: return ".json";
        case output_format::markdown: return ".md";
        case output_format::explain: return ".explain.txt";
        case output_format::html: return ".html";
        case output_format::report: return ".report.html";
    }
    return ".txt";
}

pith::options library_options(const config& cfg) {
    pith::options o;
    o.encoding = cfg.encoding;
    o.url = cfg.url;
    o.comments = cfg.comments;
    o.max_millis = cfg.max_millis;
    o.favour = cfg.favour;
    return o;
}

render_options render_options_of(const config& cfg) {
    render_options ro;
    ro.links = cfg.links;
    ro.with_metadata = cfg.with_metadata;
    return ro;
}

void without_data_tables(pith::result& r) {
    std::vector<pith::block> kept;
    std::string text;
    for (pith::block& b : r.blocks) {
        if (b.kind == pith::block_kind::table_cell && b.structure.data_table) continue;
        if (b.kept) text += (text.empty() ? "" : "\n\n") + b.text;
        kept.push_back(std::move(b));
    }
    if (!text.empty()) text += '\n';
    r.blocks = std::move(kept);
    r.text = std::move(text);
}

json metadata_json(const pith::result& r) {
    json j;
    pith::for_each_metadata_field(r.meta, [&](const char* name, const auto& value) {
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string>)
            j[name] = value.empty() ? json(nullptr) : json(value);  // unknown is null, not ""
        else
            j[name] = value;
    });
    return j;
}

std::string dump_line(const json& j) {
    return j.dump(-1, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string render_explain(const pith::result& r) {
    std::ostringstream os;
    if (!r.title.empty()) os << "TITLE\t" << r.title << "\n";
    std::size_t n = 0;
    for (const pith::block& b : r.blocks) {
        ++n;
        os << n << '\t' << (b.kept ? "KEEP" : "DROP") << '\t' << pith::to_string(b.why) << '\t'
           << pith::to_string(b.kind) << '\t' << b.text;
        if (!b.detail.empty()) os << "\t(" << b.detail << ')';
        os << '\n';
    }
    return os.str();
}

std::string render(const pith::result& r, output_format format, std::string_view input_name,
                   const render_options& ro) {
    switch (format) {
        case output_format::text: return metadata_header(r, ro) + r.text;
        case output_format::markdown: return render_markdown(r, ro);
        case output_format::html: return render_html(r, ro);
        case output_format::report: return render_report(r, input_name);
        case output_format::explain: return render_explain(r);
        case output_format::json: {
            json j = record_json(r, ro);
            j["blocks"] = blocks_json(r);
            json out;
            out["input"] = input_name;
            for (auto it = j.begin(); it != j.end(); ++it) out[it.key()] = it.value();
            return dump_line(out);
        }
    }
    return r.text;
}

std::string stdout_label(std::string_view input_name, bool first) {
    std::string out = first ? "" : "\n";
    out += "==> ";
    out += input_name;
    out += " <==\n";
    return out;
}

atomic_file::~atomic_file() { abandon(); }

void atomic_file::abandon() {
    if (fd_ >= 0) {
        ::close(fd_);
        ::unlink(temp_.c_str());
        fd_ = -1;
    }
}

namespace {

// Six letters and digits, as mkstemp would pick: unpredictable enough that
// two runs writing the same folder rarely meet, and O_EXCL settles it when
// they do.
std::string temp_suffix() {
    static constexpr char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    thread_local std::mt19937_64 gen(
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
        (static_cast<std::uint64_t>(::getpid()) << 32) ^ std::hash<std::thread::id>{}(std::this_thread::get_id()));
    std::string s(6, 'X');
    for (char& c : s) c = chars[gen() % (sizeof chars - 1)];
    return s;
}

}  // namespace

bool is_temp_name(std::string_view name) {
    constexpr std::string_view mark = ".tmp-";
    constexpr std::size_t suffix = 6;
    if (name.size() < 1 + 1 + mark.size() + suffix || name[0] != '.') return false;
    if (name.substr(name.size() - suffix - mark.size(), mark.size()) != mark) return false;
    for (char c : name.substr(name.size() - suffix))
        if (!std::isalnum(static_cast<unsigned char>(c))) return false;
    return true;
}

std::size_t remove_stale_temp_files(const std::string& dir) {
    std::size_t removed = 0;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        std::error_code ec2;
        if (it->is_regular_file(ec2) && !it->is_symlink(ec2) && is_temp_name(it->path().filename().string()) &&
            fs::remove(it->path(), ec2))
            ++removed;
    }
    return removed;
}

bool atomic_file::open(const std::string& target, std::string& error, const output_guard* guard) {
    abandon();
    fs::path t(target);
    fs::path dir = t.has_parent_path() ? t.parent_path() : fs::path(".");
    // Resolved before any folder is made, so a link in the out-dir leading
    // into the inputs does not even get a folder created there.
    fs::path real_dir = guard ? real_path(dir) : fs::path();
    if (guard) {
        error = guard->check(real_dir, t.filename().string(), target);
        if (!error.empty()) return false;
    }
    std::error_code ec;
    if (t.has_parent_path()) fs::create_directories(t.parent_path(), ec);
    if (ec) {
        error = "cannot create directory " + t.parent_path().string() + ": " + ec.message();
        return false;
    }
    // mkstemp's loop, written out so that each temporary name is checked
    // against the inputs before it is opened; O_EXCL never opens a file
    // that exists.
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string name = "." + t.filename().string() + ".tmp-" + temp_suffix();
        std::string temp = (t.parent_path() / name).string();
        if (guard) {
            error = guard->check(real_dir, name, temp);
            if (!error.empty()) return false;
        }
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST) continue;
        if (fd < 0) break;
        ::fchmod(fd, 0644);  // as mkstemp, made 0600; outputs are ordinary files
        fd_ = fd;
        target_ = target;
        temp_ = std::move(temp);
        return true;
    }
    error = "cannot create a file in " + t.parent_path().string() + ": " + std::strerror(errno);
    return false;
}

bool atomic_file::write(std::string_view bytes, std::string& error) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            error = "cannot write " + target_ + ": " + std::strerror(errno);
            abandon();
            return false;
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

bool atomic_file::commit(std::string& error) {
    int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) {
        error = "cannot write " + target_ + ": " + std::strerror(errno);
        ::unlink(temp_.c_str());
        return false;
    }
    if (::rename(temp_.c_str(), target_.c_str()) != 0) {
        error = "cannot rename to " + target_ + ": " + std::strerror(errno);
        ::unlink(temp_.c_str());
        return false;
    }
    return true;
}

bool write_file_atomically(const std::string& target, std::string_view bytes, std::string& error,
                           const output_guard* guard) {
    atomic_file f;
    return f.open(target, error, guard) && f.write(bytes, error) && f.commit(error);
}

}  // namespace pith_cli
