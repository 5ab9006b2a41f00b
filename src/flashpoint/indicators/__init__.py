"""Indicators and early warning: analyst fields (CAMEO root, quad class, Goldstein, counts), clusters of
events across documents, dyad/country/admin1 series, alerts and the views users query with SQL.

Submodules are imported where used so that the store can read the CAMEO table without pulling in
numpy or ruptures.
"""
