#include "progress.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include <sys/ioctl.h>
#include <unistd.h>

namespace pith_cli {

namespace {

int terminal_width() {
    winsize ws{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) return ws.ws_col;
    return 80;
}

std::string clock_text(double seconds) {
    long s = static_cast<long>(seconds + 0.5);
    char buf[32];
    if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
    else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

}  // namespace

progress::progress(bool enabled, std::size_t total_items, std::uint64_t total_bytes)
    : enabled_(enabled),
      total_items_(total_items),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void progress::item_done(std::uint64_t input_bytes, bool failed) {
    ++done_;
    bytes_ += input_bytes;
    if (failed) ++failed_;
    draw(false);
}

void progress::message(std::string_view line) {
    clear();
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
    if (drawn_) draw(true);
}

void progress::finish() {
    if (!enabled_) return;
    draw(true);
    if (drawn_) std::fputc('\n', stderr);
    std::fflush(stderr);
    drawn_ = false;
    enabled_ = false;
}

void progress::clear() {
    if (enabled_ && drawn_) std::fputs("\r\x1b[K", stderr);
}

void progress::draw(bool force) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double pages_s = secs > 0 ? done_ / secs : 0;
    double mb_s = secs > 0 ? bytes_ / secs / 1e6 : 0;
    double fraction = -1;
    if (total_items_ > 0) fraction = static_cast<double>(done_) / total_items_;
    else if (total_bytes_ > 0) fraction = std::min(1.0, static_cast<double>(bytes_) / total_bytes_);

    char counts[64];
    if (total_items_ > 0) std::snprintf(counts, sizeof counts, "%zu/%zu", done_, total_items_);
    else std::snprintf(counts, sizeof counts, "%zu", done_);
    char rates[96];
    std::snprintf(rates, sizeof rates, " %.1f pages/s %.2f MB/s", pages_s, mb_s);
    std::string tail = rates;
    if (fraction > 0 && fraction < 1) {
        tail += " ETA ";
        tail += clock_text(secs / fraction - secs);
    } else {
        tail += ' ';
        tail += clock_text(secs);
    }
    if (failed_ > 0) {
        tail += ' ';
        tail += std::to_string(failed_);
        tail += " failed";
    }

    std::string line = counts;
    int width = terminal_width() - 1;
    int bar = width - static_cast<int>(line.size() + tail.size()) - 3;
    if (fraction >= 0 && bar >= 10) {
        bar = std::min(bar, 40);
        int full = static_cast<int>(fraction * bar);
        line += " [" + std::string(static_cast<std::size_t>(full), '#') +
                std::string(static_cast<std::size_t>(bar - full), '.') + "]";
    }
    line += tail;
    if (static_cast<int>(line.size()) > width) line.resize(static_cast<std::size_t>(std::max(width, 0)));
    std::fputs("\r\x1b[K", stderr);
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

}  // namespace pith_cli
