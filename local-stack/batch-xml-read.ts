/**
 * A small reader for the XML bodies REST-XML clients send (S3 Control's CreateJobRequest):
 * elements, text and the five predefined entities plus character references. Attributes are
 * skipped (only the root's `xmlns` is ever sent), as are the declaration and comments. It is
 * not a general XML parser: no DTDs, no CDATA, no processing instructions inside elements.
 */

export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** The element's own text, entities decoded (empty for an element with children). */
  text: string;
}

export class XmlReadError extends Error {
  override name = 'XmlReadError';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    const entity = ENTITIES[ref];
    if (entity === undefined) throw new XmlReadError(`unknown entity ${whole}`);
    return entity;
  });
}

class Reader {
  private at = 0;

  constructor(private readonly xml: string) {}

  document(): XmlElement {
    this.skipProlog();
    const root = this.element();
    this.skipSpaceAndComments();
    if (this.at < this.xml.length) throw new XmlReadError('content after the root element');
    return root;
  }

  private skipProlog(): void {
    this.skipSpaceAndComments();
    if (this.xml.startsWith('<?', this.at)) {
      this.at = this.indexOrFail('?>', this.at) + 2;
    }
    this.skipSpaceAndComments();
  }

  private skipSpaceAndComments(): void {
    for (;;) {
      while (/\s/.test(this.xml[this.at] ?? '')) this.at++;
      if (!this.xml.startsWith('<!--', this.at)) return;
      this.at = this.indexOrFail('-->', this.at) + 3;
    }
  }

  private indexOrFail(token: string, from: number): number {
    const index = this.xml.indexOf(token, from);
    if (index === -1) throw new XmlReadError(`expected ${token}`);
    return index;
  }

  private element(): XmlElement {
    if (this.xml[this.at] !== '<') throw new XmlReadError(`expected an element at ${this.at}`);
    const end = this.indexOrFail('>', this.at);
    const tag = this.xml.slice(this.at + 1, end);
    this.at = end + 1;
    const selfClosing = tag.endsWith('/');
    const name = (selfClosing ? tag.slice(0, -1) : tag).trim().split(/\s/)[0] ?? '';
    if (!/^[A-Za-z_][\w.:-]*$/.test(name)) throw new XmlReadError(`bad element name "${name}"`);
    const element: XmlElement = { name, children: [], text: '' };
    if (selfClosing) return element;
    let text = '';
    for (;;) {
      const next = this.indexOrFail('<', this.at);
      text += this.xml.slice(this.at, next);
      this.at = next;
      if (this.xml.startsWith('<!--', this.at)) {
        this.at = this.indexOrFail('-->', this.at) + 3;
      } else if (this.xml.startsWith('</', this.at)) {
        const close = this.indexOrFail('>', this.at);
        const closing = this.xml.slice(this.at + 2, close).trim();
        if (closing !== name) throw new XmlReadError(`</${closing}> closes <${name}>`);
        this.at = close + 1;
        element.text = element.children.length > 0 ? '' : decodeText(text);
        return element;
      } else {
        element.children.push(this.element());
      }
    }
  }
}

/** The document's root element; throws XmlReadError on anything it cannot read. */
export function readXml(xml: string): XmlElement {
  return new Reader(xml).document();
}

/** The first child named `name`. */
export function childOf(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

/** The text of the first child named `name`, if there is one. */
export function textOf(element: XmlElement | undefined, name: string): string | undefined {
  return childOf(element, name)?.text;
}
