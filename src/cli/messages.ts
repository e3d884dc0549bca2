/** Messages meant for people are in Chinese by default (the users' language); `--lang en` gives English. */
export type Lang = "zh" | "en";
