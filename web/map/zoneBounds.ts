/** Zhangjiang's 22 sub-parks and Zizhu, with a margin: the opening view. */
export const ZONE_BOUNDS: [number, number, number, number] = [120.95, 30.78, 121.95, 31.66];
