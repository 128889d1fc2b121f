"""The Hebrew language layer: sentences, words, prefixes and stop words."""
