"""The Qt-free core: load → clean → segment → summarize → entities, over one Document."""
