// placeholder until the extraction engine lands
