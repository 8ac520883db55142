// Conversions between Python objects and pith's C++ types, shared by the
// entry points in module.cpp and the WARC iterator in warc.cpp.
#pragma once

#include <pith/pith.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>  // std::optional arguments; every TU must see the same casters

#include <optional>
#include <string>
#include <string_view>

namespace pith_py {

namespace py = pybind11;

// The bytes of one input. `view` points into `holder` (a bytes or str object
// kept alive here) or into `copy` (mutable buffers are copied, since another
// thread could change them while the GIL is released).
struct input_bytes {
    py::object holder;
    std::string copy;
    std::string_view view;
    bool is_str = false;  // a str: its UTF-8 form, already decoded
};

// str, bytes, bytearray or memoryview; anything else raises pith.Error.
input_bytes read_input(const py::object& input);

// pith::options from the keyword arguments; a bad mode raises pith.Error. A
// str input is UTF-8 by construction, so its encoding is fixed to UTF-8 and
// an `encoding` argument with a str is refused.
pith::options make_options(const std::optional<std::string>& mode, const std::optional<std::string>& encoding,
                           bool is_str, std::optional<std::size_t> max_input_bytes,
                           std::optional<std::size_t> max_blocks, std::optional<std::size_t> max_depth,
                           std::optional<std::size_t> max_nodes,
                           const std::optional<std::string>& comments = std::nullopt,
                           const std::optional<std::string>& favour = std::nullopt);

// Raises pith.Error(message, status); never returns.
[[noreturn]] void raise_error(const std::string& message, std::string_view status);

// A Python str from UTF-8 (invalid sequences, which pith never makes, become U+FFFD).
py::str utf8_to_str(std::string_view text);

// None for an empty string, else the str.
py::object str_or_none(std::string_view s);

// A pith::result as the dict pith.Result is built from.
py::dict result_to_dict(const pith::result& r);

// Binds pith._pith.WarcReader (warc.cpp).
void def_warc(py::module_& m);

}  // namespace pith_py
