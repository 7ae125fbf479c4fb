export type ScaleName = 'large' | 'small';

/** How much the seed writes: the company of the "Performance and scale" issue, or 1/100 of it. */
export type Scale = {
  name: ScaleName;
  people: number;
  communities: number;
  posts: number;
  comments: number;
  /** On posts and on comments together. */
  reactions: number;
};

const large = {
  people: 20_000,
  communities: 1_000,
  posts: 500_000,
  comments: 1_500_000,
  reactions: 3_000_000,
};

export const scales: Record<ScaleName, Scale> = {
  large: { name: 'large', ...large },
  small: {
    name: 'small',
    people: large.people / 100,
    communities: large.communities / 100,
    posts: large.posts / 100,
    comments: large.comments / 100,
    reactions: large.reactions / 100,
  },
};

export const isScaleName = (name: string): name is ScaleName => name in scales;
