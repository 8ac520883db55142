#include "convert.h"

#include "pith/metadata_fields.h"

#include <initializer_list>
#include <string_view>
#include <type_traits>
#include <utility>

namespace pith_py {

void raise_error(const std::string& message, std::string_view status) {
    // pith.Error lives in the pure-Python package so that it pickles and
    // documents like any Python class; imported here only when raised.
    py::object error = py::module_::import("pith._error").attr("Error");
    PyErr_SetObject(error.ptr(), py::make_tuple(message, std::string(status)).ptr());
    throw py::error_already_set();
}

input_bytes read_input(const py::object& input) {
    input_bytes in;
    in.holder = input;
    PyObject* p = input.ptr();
    if (PyBytes_Check(p)) {
        in.view = std::string_view(PyBytes_AS_STRING(p), static_cast<std::size_t>(PyBytes_GET_SIZE(p)));
    } else if (PyUnicode_Check(p)) {
        Py_ssize_t size = 0;
        const char* data = PyUnicode_AsUTF8AndSize(p, &size);  // cached in the str object
        if (data == nullptr) {
            PyErr_Clear();
            raise_error("the str is not valid Unicode (lone surrogates?)", "invalid_argument");
        }
        in.view = std::string_view(data, static_cast<std::size_t>(size));
        in.is_str = true;
    } else if (PyObject_CheckBuffer(p)) {
        Py_buffer buf;
        if (PyObject_GetBuffer(p, &buf, PyBUF_C_CONTIGUOUS) != 0) {
            PyErr_Clear();
            raise_error("the buffer is not contiguous", "invalid_argument");
        }
        in.copy.assign(static_cast<const char*>(buf.buf), static_cast<std::size_t>(buf.len));
        PyBuffer_Release(&buf);
        in.view = in.copy;
    } else {
        raise_error(std::string("expected str or bytes, got ") + Py_TYPE(p)->tp_name, "invalid_argument");
    }
    return in;
}

namespace {

// The value named `given` in `names`; anything else raises pith.Error
// listing the names (the last is an alias when it repeats a value).
template <typename Enum>
Enum choose(const char* keyword, const std::string& given,
            std::initializer_list<std::pair<std::string_view, Enum>> names) {
    for (const auto& [name, value] : names)
        if (given == name) return value;
    std::string allowed = "None";
    std::size_t listed = 0;
    for (const auto& [name, value] : names)
        if (listed++ < 3) allowed += std::string(listed == 3 ? " or '" : ", '") + std::string(name) + "'";
    raise_error(std::string(keyword) + " must be " + allowed + ", not '" + given + "'", "invalid_argument");
}

}  // namespace

pith::options make_options(const std::optional<std::string>& mode, const std::optional<std::string>& encoding,
                           bool is_str, std::optional<std::size_t> max_input_bytes,
                           std::optional<std::size_t> max_blocks, std::optional<std::size_t> max_depth,
                           std::optional<std::size_t> max_nodes, const std::optional<std::string>& comments,
                           const std::optional<std::string>& favour) {
    pith::options o;
    // None and the first name of each list leave pith's default.
    if (mode)
        o.mode = choose<pith::input_mode>("mode", *mode,
                                          {{"detect", pith::input_mode::detect},
                                           {"html", pith::input_mode::html},
                                           {"text", pith::input_mode::text}});
    if (comments)
        o.comments = choose<pith::comments_policy>("comments", *comments,
                                                   {{"auto", pith::comments_policy::automatic},
                                                    {"include", pith::comments_policy::include},
                                                    {"exclude", pith::comments_policy::exclude},
                                                    {"automatic", pith::comments_policy::automatic}});
    // The CLI's --precision and --recall.
    if (favour)
        o.favour = choose<pith::favour>("favour", *favour,
                                        {{"balance", pith::favour::balance},
                                         {"precision", pith::favour::precision},
                                         {"recall", pith::favour::recall}});
    if (encoding) {
        if (is_str) raise_error("encoding= applies to bytes; a str is already decoded", "invalid_argument");
        o.encoding = *encoding;
    } else if (is_str) {
        o.encoding = "utf-8";  // a <meta charset> must not re-decode text Python already decoded
    }
    if (max_input_bytes) o.max_input_bytes = *max_input_bytes;
    if (max_blocks) o.max_blocks = *max_blocks;
    if (max_depth) o.max_depth = *max_depth;
    if (max_nodes) o.max_nodes = *max_nodes;
    return o;
}

py::str utf8_to_str(std::string_view text) {
    PyObject* s = PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
    if (s == nullptr) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(s);
}

py::object str_or_none(std::string_view s) {
    if (s.empty()) return py::none();
    return utf8_to_str(s);
}

namespace {

py::list str_list(const std::vector<std::string>& v) {
    py::list l;
    for (const std::string& s : v) l.append(utf8_to_str(s));
    return l;
}

// The fields of pith.Metadata, named as in the CLI's JSON "metadata" object.
py::dict metadata_to_dict(const pith::metadata& m) {
    py::dict d;
    pith::for_each_metadata_field(m, [&](const char* name, const auto& value) {
        using type = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<type, std::string>)
            d[name] = str_or_none(value);
        else if constexpr (std::is_same_v<type, bool>)
            d[name] = value;
        else
            d[name] = str_list(value);
    });
    return d;
}

}  // namespace

py::dict result_to_dict(const pith::result& r) {
    py::list blocks;
    for (const pith::block& b : r.blocks)
        blocks.append(py::make_tuple(utf8_to_str(b.text), std::string(pith::to_string(b.kind)), b.kept,
                                     std::string(pith::to_string(b.why)), utf8_to_str(b.detail)));
    py::dict d;
    d["text"] = utf8_to_str(r.text);
    d["comments"] = utf8_to_str(r.comments);
    d["title"] = str_or_none(r.title);
    d["language"] = str_or_none(r.language);
    d["encoding"] = str_or_none(r.encoding);
    d["mode"] = std::string(pith::to_string(r.mode));
    d["status"] = std::string(pith::to_string(r.code));
    d["blocks"] = blocks;
    d["warnings"] = str_list(r.warnings);
    d["metadata"] = metadata_to_dict(r.meta);
    return d;
}

}  // namespace pith_py
