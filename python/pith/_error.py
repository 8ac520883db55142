"""pith.Error, in its own module so the compiled core can raise it."""


class Error(ValueError):
    """An input pith could not read, or an argument it does not accept.

    ``status`` says which:

    - ``"invalid_argument"``: the call was wrong (an input that is neither
      str nor bytes, an unknown mode, ``encoding=`` with a str);
    - ``"too_large"``: the input is longer than ``max_input_bytes`` (or
      inflates beyond it);
    - ``"unsupported_input"``: binary data, a broken gzip stream, or an
      internal failure such as running out of memory.

    A page that was read but holds no main content is not an error: it gives
    ``""`` (``status == "empty_input"`` in :func:`pith.clean`'s result).
    """

    def __init__(self, message: str, status: str = "invalid_argument") -> None:
        super().__init__(message, status)
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return self.message
