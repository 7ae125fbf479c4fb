export type Network = 'linkedin' | 'x' | 'facebook' | 'mastodon';

/**
 * The network's own share page with the text prefilled: nothing is sent to the network by Levain,
 * the person's browser opens the page. Mastodon goes through share.joinmastodon.org (any server).
 */
export function networkShareUrl(network: Network, text: string, link: string): string {
  const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
  switch (network) {
    case 'linkedin':
      return `https://www.linkedin.com/feed/?${q({ shareActive: 'true', text: `${text}\n${link}` })}`;
    case 'x':
      return `https://x.com/intent/post?${q({ text, url: link })}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${q({ u: link, quote: text })}`;
    case 'mastodon':
      return `https://share.joinmastodon.org/#${q({ text: `${text}\n${link}` })}`;
  }
}

/** The item's link with the UTM tags of an employee share on a network. */
export function taggedLink(link: string, network: Network): string {
  const url = new URL(link);
  url.searchParams.set('utm_source', network);
  url.searchParams.set('utm_medium', 'employee_advocacy');
  url.searchParams.set('utm_campaign', 'levain_kit');
  return url.toString();
}
