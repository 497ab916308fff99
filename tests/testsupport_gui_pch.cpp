// Nothing: the library exists to build the precompiled header that the GUI tests reuse.
