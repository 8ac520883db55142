#include "outputs.h"

#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <random>
#include <sstream>
#include <thread>

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
    }
    return ".txt";
}

json blocks_json(const pith::result& r) {
    json blocks = json::array();
    for (const pith::block& b : r.blocks) {
        json jb;
        jb["text"] = b.text;
        jb["kind"] = pith::to_string(b.kind);
        jb["kept"] = b.kept;
        jb["reason"] = pith::to_string(b.why);
        jb["detail"] = b.detail;
        blocks.push_back(std::move(jb));
    }
    return blocks;
}

json metadata_json(const pith::result& r) {
    const pith::metadata& m = r.meta;
    const auto str = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    json j;
    j["title"] = str(m.title);
    j["authors"] = m.authors;
    j["date_published"] = str(m.date_published);
    j["date_modified"] = str(m.date_modified);
    j["site_name"] = str(m.site_name);
    j["description"] = str(m.description);
    j["canonical_url"] = str(m.canonical_url);
    j["language"] = str(m.language);
    j["language_detected"] = m.language_detected;
    j["image"] = str(m.image);
    j["tags"] = m.tags;
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

namespace {

// Length of the bullet a list item starts with ("• ", "- ", "► "), 0 when it
// has none or is numbered ("1. " is already Markdown).
std::size_t bullet_length(std::string_view t) {
    if (t.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(t[0]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > t.size()) return 0;
    bool bullet = false;
    if (len == 1) {
        bullet = c == '-' || c == '*' || c == '+';
    } else {
        // U+00B7 middle dot, and U+2000..U+27FF: dashes, bullets, arrows,
        // geometric shapes, dingbats; the blocks scrapers take bullets from.
        char32_t cp = 0;
        if (len == 2) cp = ((c & 0x1F) << 6) | (t[1] & 0x3F);
        if (len == 3) cp = ((c & 0x0F) << 12) | ((t[1] & 0x3F) << 6) | (t[2] & 0x3F);
        bullet = cp == 0xB7 || (cp >= 0x2000 && cp <= 0x27FF);
    }
    if (!bullet) return 0;
    std::size_t k = len;
    while (k < t.size() && t[k] == ' ') ++k;
    return k > len ? k : 0;
}

// "1. ", "12) ": an ordered list item as Markdown writes it.
bool numbered(std::string_view t) {
    std::size_t d = 0;
    while (d < t.size() && d < 9 && t[d] >= '0' && t[d] <= '9') ++d;
    return d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ';
}

// A paragraph that would read as Markdown syntax gets its first character
// escaped, so "# 1 hit" or "- 5 degrees" stay text.
std::string escape_leading(std::string_view t) {
    bool syntax = false;
    if (!t.empty()) {
        char c = t[0];
        if (c == '#' || c == '>' || c == '|') syntax = true;
        if ((c == '-' || c == '*' || c == '+' || c == '=') && (t.size() == 1 || t[1] == ' ' || t[1] == c))
            syntax = true;
        if (t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~") syntax = true;
        if (numbered(t)) {
            std::size_t d = t.find_first_not_of("0123456789");
            std::string out(t.substr(0, d));
            out += '\\';
            out += t.substr(d);
            return out;
        }
    }
    return syntax ? "\\" + std::string(t) : std::string(t);
}

std::string prefix_lines(std::string_view t, std::string_view prefix) {
    std::string out(prefix);
    for (char c : t) {
        out += c;
        if (c == '\n') out += prefix;
    }
    return out;
}

}  // namespace

std::string render_markdown(const pith::result& r) {
    std::string out;
    if (!r.title.empty()) out += "# " + r.title + "\n";
    bool prev_list = false;
    for (const pith::block& b : r.blocks) {
        if (!b.kept) continue;
        bool list = b.kind == pith::block_kind::list_item;
        // Items of one list stay together (a tight list); everything else is
        // separated by a blank line.
        if (!out.empty()) out += (list && prev_list) ? "" : "\n";
        switch (b.kind) {
            case pith::block_kind::heading: out += "## " + b.text; break;
            case pith::block_kind::list_item: {
                std::size_t n = bullet_length(b.text);
                if (n) out += "- " + b.text.substr(n);
                else if (numbered(b.text)) out += b.text;
                else out += "- " + b.text;
                break;
            }
            case pith::block_kind::quote: out += prefix_lines(b.text, "> "); break;
            case pith::block_kind::preformatted: out += "```\n" + b.text + "\n```"; break;
            default: out += escape_leading(b.text); break;
        }
        out += '\n';
        prev_list = list;
    }
    return out;
}

std::string render(const pith::result& r, output_format format, std::string_view input_name) {
    switch (format) {
        case output_format::text: return r.text;
        case output_format::markdown: return render_markdown(r);
        case output_format::explain: return render_explain(r);
        case output_format::json: {
            json j;
            j["input"] = input_name;
            j["title"] = r.title.empty() ? json(nullptr) : json(r.title);
            j["text"] = r.text;
            j["mode"] = pith::to_string(r.mode);
            j["metadata"] = metadata_json(r);
            j["page_type"] = pith::to_string(r.page_type);
            j["blocks"] = blocks_json(r);
            return dump_line(j);
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
