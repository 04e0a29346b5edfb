/**
 * Images kept with the library (the opt-in offline copies), as the exports
 * see them: bytes and a type, looked up by the image's remote URL.
 */

/** One stored image. */
export interface StoredImage {
  /** MIME type as the server sent it, e.g. "image/jpeg". */
  type: string;
  bytes: Uint8Array;
}

/** Stored images by their remote (absolute) URL; missing means "not stored, use the URL". */
export type ImageMap = ReadonlyMap<string, StoredImage>;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
};

/** A file extension for an image type ("bin" for one Lede does not know). */
export function imageExtension(type: string): string {
  return EXTENSIONS[type.split(';')[0].trim().toLowerCase()] ?? 'bin';
}

/** Whether `type` is an image type that browsers and e-readers show (SVG is left out: it can carry script). */
export function isRasterImage(type: string): boolean {
  const ext = imageExtension(type);
  return ext !== 'bin' && ext !== 'svg';
}

/** Base64 of `bytes`, in chunks (String.fromCharCode on a whole large array overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes of base64 `text`; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A data: URL of a stored image, for the self-contained HTML export. */
export function dataUrl(image: StoredImage): string {
  return `data:${image.type.split(';')[0].trim()};base64,${toBase64(image.bytes)}`;
}

/**
 * Gives each stored image of an export one file under `folder`, numbered in
 * the order they are met, and remembers it so the same image is written once.
 */
export class ImageFiles {
  private readonly names = new Map<string, string>();
  /** Files to write: path in the archive → bytes. */
  readonly files = new Map<string, StoredImage>();

  constructor(private readonly images: ImageMap | undefined, private readonly folder: string) {}

  /** The archive path for `url` when it is stored (and a raster image), else undefined. */
  pathFor(url: string): string | undefined {
    const image = this.images?.get(url);
    if (!image || !isRasterImage(image.type)) return undefined;
    let name = this.names.get(url);
    if (!name) {
      name = `${this.folder}/image-${this.names.size + 1}.${imageExtension(image.type)}`;
      this.names.set(url, name);
      this.files.set(name, image);
    }
    return name;
  }
}
