"""The package version: its own module, so no part of the package imports the package itself."""
__version__ = "0.1.0"
