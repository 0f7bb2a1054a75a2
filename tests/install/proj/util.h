unsigned checksum(int n, char **words);
