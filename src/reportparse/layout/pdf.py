from ..errors import UnsupportedFormatError


def load_pdf(data, settings, **meta):
    raise UnsupportedFormatError("PDF input is not supported yet", meta.get("path"))
