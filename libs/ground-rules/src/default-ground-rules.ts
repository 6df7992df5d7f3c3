import type { GroundRule } from './entities/rule-set-version.entity.js';

/** The organization-wide rules a fresh installation starts with; admins edit them as a new version. */
export const DEFAULT_GROUND_RULES: { title: string; preamble: string; rules: GroundRule[] } = {
  title: 'Our ground rules',
  preamble:
    'This is a place to be heard by people who understand. These rules keep it safe for everyone. ' +
    'Please read them and accept them before you post.',
  rules: [
    {
      key: 'respect',
      title: 'Be respectful',
      body: 'Treat everyone with courtesy. Disagree with ideas, never attack people. No harassment, hate or bullying.',
    },
    {
      key: 'confidentiality',
      title: 'What is shared here stays here',
      body:
        "Members' stories belong to them. Do not repeat, copy or screenshot what someone shares, " +
        'inside or outside this community.',
    },
    {
      key: 'empathy',
      title: 'Lead with empathy',
      body: 'Everyone’s experience of illness and caring is different. Offer support, not comparison.',
    },
    {
      key: 'no-judgment',
      title: 'Listen without judgment',
      body:
        'You are welcome to read without posting. When you reply, listen first; do not judge choices ' +
        'about treatment, feelings or how someone copes.',
    },
    {
      key: 'privacy-outside',
      title: 'Privacy outside the group',
      body:
        'If you recognise someone here, do not mention it elsewhere. Use your pseudonym; do not share ' +
        'your own or anyone else’s full name, address, phone number or medical record details.',
    },
    {
      key: 'not-medical-advice',
      title: 'This is not medical advice',
      body:
        'Members share experiences, not medical advice. Talk to your care team before changing any treatment. ' +
        'Do not sell or promote products or treatments.',
    },
    {
      key: 'emergencies',
      title: 'In an emergency, call your local emergency number',
      body:
        'This community is not an emergency service. If you or someone else is in immediate danger, ' +
        'call your local emergency number now.',
    },
    {
      key: 'safety-reading',
      title: 'How we look out for you',
      body:
        'Posts are read by software for signs that someone may be in crisis, and what it finds is seen only ' +
        'by trained moderators of this group, who may reach out to you privately. No risk level is ever shown ' +
        'to other members.',
    },
  ],
};
