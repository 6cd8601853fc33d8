"""The catalogue flow: papers/ and lean/ files → reader → indexer → database → queries → pages."""
