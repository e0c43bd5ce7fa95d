// "Team stories" under the Story tab: the stories signed-in people shared
// with the team, each with its author. Opening one copies it into this
// browser's stories and makes it the current story, so a teammate can play,
// change or publish it; Share sends the current story, every step, under the
// name typed or its own.
import type { Story, TeamStory, User } from '../../../../contract/index.js';
import type { WorkspaceApi } from '../../api/workspace.js';
import { teamBlock } from './team-block.js';

export interface TeamStoriesDeps {
  api: Pick<WorkspaceApi, 'stories' | 'shareStory' | 'deleteStory'>;
  user(): User | null;
  /** Subscribes to sign-in and sign-out; returns the unsubscribe. */
  onUser(fn: () => void): () => void;
  /** The story open in the Story tab, if any. */
  current(): Story | undefined;
  /** Copies a shared story into this browser's list and opens it. */
  open(story: Story): void;
  notice(text: string): void;
}

export function teamStoriesBlock(deps: TeamStoriesDeps): HTMLElement {
  return teamBlock<TeamStory>({
    title: 'Team stories',
    className: 'team-stories',
    nameLabel: 'Team story name',
    placeholder: 'Its name for the team (else its own)',
    shareText: 'Share this story',
    signedOut: 'Sign in to share stories with your team; the stories above stay in this browser.',
    empty: 'No team stories yet.',
    user: () => deps.user(),
    onUser: (fn) => deps.onUser(fn),
    notice: (text) => deps.notice(text),
    items: async () => (await deps.api.stories()).stories,
    share: async (typed) => {
      const story = deps.current();
      if (!story) throw new Error('Open or make a story first: Share sends the story open above.');
      // The story travels under the team's name for it, so a teammate's copy carries that name.
      const called = typed || story.name;
      const t = await deps.api.shareStory({ name: called, story: { ...story, name: called } });
      return `Shared “${t.name}” with the team.`;
    },
    open: (t) => deps.open(t.story),
    remove: async (t) => {
      await deps.api.deleteStory(t.id);
      return `Deleted “${t.name}” from the team's stories.`;
    },
  });
}
