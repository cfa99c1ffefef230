"""The command line: scripting and support over the same core as the GUI."""
