/**
 * One topic (contact reason) and the words that signal it. Plain JSON, so a site can keep and
 * edit its own set. Keyword syntax: case-insensitive words; several words form a phrase matched
 * on consecutive words ("on hold"); a trailing `*` matches any ending ("cancel*" → cancelled,
 * cancellation). `exclude` keywords veto the topic for a post.
 */
export interface TopicRule {
  topic: string;
  label?: string;
  keywords: string[];
  exclude?: string[];
}

/**
 * The default contact reasons for social customer care. Written by hand for Listening Post from
 * common contact-centre categories (travel, telecoms, retail); released with the project.
 */
export const DEFAULT_TOPIC_RULES: TopicRule[] = [
  {
    topic: 'delay',
    label: 'Delay',
    keywords: ['delay*', 'late', 'later than', 'hours late', 'running late', 'behind schedule', 'postpone*', 'tarmac', 'still waiting', 'waiting for hours', 'pushed back', 'missed connection', 'missed my connection', 'sitting on the plane', 'stuck on the plane'],
  },
  {
    topic: 'cancellation',
    label: 'Cancellation',
    keywords: ['cancel*', 'canceled*', 'called off', 'scrubbed'],
  },
  {
    topic: 'baggage',
    label: 'Baggage',
    keywords: ['bag', 'bags', 'baggage', 'luggage', 'suitcase*', 'carry on', 'carry-on', 'carryon', 'checked bag*', 'stroller', 'car seat', 'lost and found', 'baggage claim'],
  },
  {
    topic: 'refund',
    label: 'Refund / compensation',
    keywords: ['refund*', 'money back', 'reimburs*', 'compensat*', 'voucher*', 'chargeback', 'travel credit', 'my money'],
  },
  {
    topic: 'billing',
    label: 'Billing / charges',
    keywords: ['bill', 'billing', 'billed', 'charge', 'charged', 'charges', 'charging', 'overcharg*', 'double charged', 'fee', 'fees', 'invoice*', 'payment*', 'credit card', 'price*', 'pricing', 'fare', 'fares', 'overpriced', 'subscription'],
  },
  {
    topic: 'outage',
    label: 'Outage / technical fault',
    keywords: ['outage*', 'down', 'offline', 'crash*', 'glitch*', 'error*', 'bug', 'bugs', 'buggy', 'not working', "isn't working", "doesn't work", 'does not work', "won't load", 'not loading', 'no signal', 'no service', 'no internet', 'no wifi', 'wifi not working', 'system issue*'],
    exclude: ['sit down', 'touch down', 'touched down', 'calm down', 'down the', 'let down', 'let me down', 'count down', 'slow down', 'down to'],
  },
  {
    topic: 'rude-staff',
    label: 'Rude staff',
    keywords: ['rude*', 'attitude', 'unprofessional', 'disrespect*', 'yelled', 'yelling', 'snapped', 'condescending', 'impolite', 'insult*', 'treated like', 'rolled her eyes', 'rolled his eyes', 'sarcastic', 'hostile', 'arrogant'],
  },
  {
    topic: 'booking',
    label: 'Booking / changes',
    keywords: ['book', 'booking', 'booked', 'rebook*', 'reservation*', 'reserve*', 'itinerary', 'ticket*', 'change my flight', 'change flight', 'seat assignment', 'standby', 'confirmation number', 'upgrade*', 'order', 'ordered', 'appointment'],
  },
  {
    topic: 'customer-service',
    label: 'Customer service / contact',
    keywords: ['customer service', 'customer care', 'support', 'agent', 'agents', 'representative*', 'rep', 'reps', 'on hold', 'hold', 'call center', 'call centre', 'phone', 'hung up', 'no response', 'no answer', 'no reply', 'get through', 'call back', 'callback', 'dm', 'speak to', 'talk to', 'spoke to', 'email*'],
  },
  {
    topic: 'delivery',
    label: 'Delivery',
    keywords: ['deliver*', 'package', 'parcel', 'shipping', 'shipped', 'shipment', 'tracking', 'courier', 'never arrived', 'not arrived'],
  },
  {
    topic: 'account',
    label: 'Account / login',
    keywords: ['account', 'log in', 'login', 'logged out', 'sign in', 'password', 'locked out', 'verification code', 'two factor', '2fa'],
  },
  {
    topic: 'loyalty',
    label: 'Loyalty / rewards',
    keywords: ['miles', 'points', 'rewards', 'elite status', 'status match', 'frequent flyer', 'loyalty', 'membership', 'premier', 'gold member', 'platinum'],
  },
  {
    topic: 'praise',
    label: 'Praise',
    keywords: ['thank you for', 'thanks for', 'kudos', 'shout out', 'shoutout', 'well done', 'great job', 'great service', 'excellent service', 'above and beyond', 'appreciate*', 'amazing', 'awesome', 'excellent', 'fantastic', 'love', 'best'],
    exclude: ['thanks for nothing', 'thank you for nothing', 'not amazing', 'not the best', 'not love', "don't love", 'not awesome'],
  },
];
