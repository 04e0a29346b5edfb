/**
 * A small Marionette client: Firefox's own remote protocol, the one that can
 * reach the browser's chrome (privileged) context, which is where a toolbar
 * click on an extension can be made.
 *
 * Wire format: every message is `<length>:<JSON>`, where length counts the
 * UTF-8 bytes of the JSON (not its characters). The server speaks first with
 * a hello object; after that a command is `[0, id, name, params]` and its
 * reply `[1, id, error, result]`.
 */
import { connect, type Socket } from 'node:net';

/** What Marionette sends when a connection opens. */
export interface Hello {
  applicationType: string;
  marionetteProtocol: number;
}

/** An error Marionette returned for a command (WebDriver error codes: 'javascript error', …). */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly code: string,
    message: string,
    readonly stacktrace?: string,
  ) {
    super(`${command}: ${code}: ${message}`);
  }
}

type Reply = [1, number, { error: string; message: string; stacktrace?: string } | null, unknown];

/** A WebDriver element reference, as FindElement returns it. */
export type ElementRef = Record<string, string>;

/** WebDriver's key for an element reference (the spec's fixed UUID). */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

function elementId(element: ElementRef): string {
  const id = element[ELEMENT_KEY];
  if (!id) throw new Error(`Not an element reference: ${JSON.stringify(element)}`);
  return id;
}

/** Which global WebDriver:ExecuteScript runs in: the page, or the browser itself. */
export type Context = 'content' | 'chrome';

/**
 * Splits a byte stream into Marionette frames. Kept apart from the socket so
 * the byte counting can be tested on its own.
 */
export class FrameReader {
  private buffer = Buffer.alloc(0);

  /** Adds bytes from the socket; returns every frame now complete, parsed. */
  push(chunk: Buffer): unknown[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const frames: unknown[] = [];
    for (;;) {
      const colon = this.buffer.indexOf(0x3a); // ':'
      if (colon < 0) break;
      const header = this.buffer.subarray(0, colon).toString('ascii');
      if (!/^\d+$/.test(header)) throw new Error(`Marionette: bad frame header ${JSON.stringify(header)}`);
      const length = Number(header);
      const end = colon + 1 + length;
      if (this.buffer.length < end) break;
      frames.push(JSON.parse(this.buffer.subarray(colon + 1, end).toString('utf8')));
      this.buffer = this.buffer.subarray(end);
    }
    return frames;
  }
}

/** Encodes one message as a Marionette frame. */
export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]);
}

/** One connection to a Firefox started with `-marionette`. */
export class Marionette {
  private nextId = 0;
  private readonly pending = new Map<number, { name: string; resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private closedWith: Error | null = null;

  private constructor(
    private readonly socket: Socket,
    /** The server's greeting. */
    readonly hello: Hello,
    reader: FrameReader,
  ) {
    socket.on('data', (chunk) => {
      try {
        for (const frame of reader.push(chunk)) this.receive(frame as Reply);
      } catch (error) {
        this.fail(error as Error);
      }
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('Marionette: connection closed')));
  }

  /** Connects to 127.0.0.1:`port`, retrying until Firefox listens or `timeoutMs` passes. */
  static async connect(port: number, timeoutMs = 60_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await Marionette.tryConnect(port);
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Marionette did not answer on port ${port}: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  private static tryConnect(port: number): Promise<Marionette> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port });
      const reader = new FrameReader();
      const onError = (error: Error) => {
        socket.destroy();
        reject(error);
      };
      socket.once('error', onError);
      socket.once('close', () => reject(new Error('closed before the greeting')));
      // The greeting is the first frame; anything after it belongs to the client.
      const onData = (chunk: Buffer) => {
        let frames: unknown[];
        try {
          frames = reader.push(chunk);
        } catch (error) {
          onError(error as Error);
          return;
        }
        if (!frames.length) return;
        socket.off('data', onData);
        socket.off('error', onError);
        socket.removeAllListeners('close');
        resolve(new Marionette(socket, frames[0] as Hello, reader));
      };
      socket.on('data', onData);
    });
  }

  /** Sends one command and resolves with its result (rejects with a MarionetteError). */
  send<T = unknown>(name: string, params: object = {}): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { name, resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(encodeFrame([0, id, name, params]));
    });
  }

  /** Starts the WebDriver session every other command needs. */
  newSession(capabilities: object = {}): Promise<{ sessionId: string; capabilities: Record<string, unknown> }> {
    return this.send('WebDriver:NewSession', { capabilities: { alwaysMatch: capabilities } });
  }

  /** Installs an add-on from an XPI or an unpacked directory until the browser quits; returns its id. */
  async installTemporaryAddon(path: string): Promise<string> {
    const { value } = await this.send<{ value: string }>('Addon:Install', { path, temporary: true });
    return value;
  }

  /** Switches where scripts run: 'chrome' needs Firefox started with -remote-allow-system-access. */
  async setContext(context: Context): Promise<void> {
    await this.send('Marionette:SetContext', { value: context });
  }

  /** Loads `url` in the current tab and waits for it to load. */
  async navigate(url: string): Promise<void> {
    await this.send('WebDriver:Navigate', { url });
  }

  /**
   * Runs `script` as a function body in the current context with `args` as
   * `arguments`; a returned promise is awaited. Returns the value, cloned.
   */
  async execute<T>(script: string, args: unknown[] = []): Promise<T> {
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  /** Like execute, but the script reports by calling its last argument. */
  async executeAsync<T>(script: string, args: unknown[] = []): Promise<T> {
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteAsyncScript', { script, args });
    return value;
  }

  /** The handles of the open tabs (content context). */
  async windowHandles(): Promise<string[]> {
    return this.send<string[]>('WebDriver:GetWindowHandles');
  }

  /** Opens a new tab and returns its handle. */
  async newTab(): Promise<string> {
    const { handle } = await this.send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    return handle;
  }

  /** Makes `handle` the tab commands act on. */
  async switchToWindow(handle: string): Promise<void> {
    await this.send('WebDriver:SwitchToWindow', { handle, focus: true });
  }

  /** The first element in the current tab matching `selector` (CSS, or XPath with `using`): a WebDriver element reference. */
  async findElement(selector: string, using: 'css selector' | 'xpath' = 'css selector'): Promise<ElementRef> {
    const { value } = await this.send<{ value: ElementRef }>('WebDriver:FindElement', { using, value: selector });
    return value;
  }

  /**
   * Clicks `element` as a user does: scrolled into view, then real mouse
   * events at its centre, which count as a user gesture (a permission
   * request or a file chooser needs one).
   */
  async clickElement(element: ElementRef): Promise<void> {
    await this.send('WebDriver:ElementClick', { id: elementId(element) });
  }

  /** Types `text` into `element`; on an `<input type=file>`, `text` is the path of the file to choose. */
  async sendKeys(element: ElementRef, text: string): Promise<void> {
    await this.send('WebDriver:ElementSendKeys', { id: elementId(element), text });
  }

  /** Empties a text field, as selecting its text and deleting it would. */
  async clearElement(element: ElementRef): Promise<void> {
    await this.send('WebDriver:ElementClear', { id: elementId(element) });
  }

  /** The address of the current tab. */
  async currentUrl(): Promise<string> {
    const { value } = await this.send<{ value: string }>('WebDriver:GetCurrentURL');
    return value;
  }

  /** A PNG (base64) of the current tab's viewport. */
  async screenshot(): Promise<string> {
    const { value } = await this.send<{ value: string }>('WebDriver:TakeScreenshot', { full: false });
    return value;
  }

  /** Asks Firefox to quit; resolves once the connection is gone or the reply came. */
  async quit(): Promise<void> {
    await this.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {});
    this.socket.destroy();
  }

  private receive([type, id, error, result]: Reply): void {
    if (type !== 1) return;
    const waiter = this.pending.get(id);
    if (!waiter) return;
    this.pending.delete(id);
    if (error) waiter.reject(new MarionetteError(waiter.name, error.error, error.message, error.stacktrace));
    else waiter.resolve(result);
  }

  private fail(error: Error): void {
    this.closedWith ??= error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
