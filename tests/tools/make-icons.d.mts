/** The icon sizes written to public/icon/. */
export const ICON_SIZES: number[];
/** The source SVG's path. */
export const SOURCE: string;
/** The path of the PNG of one size. */
export function iconPath(size: number): string;
/** The PNG bytes of the SVG (the source file unless given) at size × size pixels. */
export function renderIcon(size: number, svg?: string): Promise<Buffer>;
