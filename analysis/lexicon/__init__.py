"""Persian linguistic resources, one module per domain (each entry glossed in English)."""
