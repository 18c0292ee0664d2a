import type { LanguageText } from "./language-text.ts";

/** English: the source wording. Indicator wording paraphrases identification-indicators.yaml. */
export const en: LanguageText = {
  language: "en",
  review: "source",
  sections: {
    acts: "What was done: the act",
    means: "How it was done: the means",
    purposes: "Why it was done: the purpose",
    context: "Circumstances",
    general: "General indicators",
    children: "Indicators for children",
    sexual_exploitation: "Sexual exploitation",
    labour_exploitation: "Labour exploitation",
    domestic_servitude: "Domestic servitude",
    begging_and_petty_crime: "Begging and petty crime",
    forced_criminality_scam_compounds: "Forced criminality and scam compounds",
    online_exploitation: "Online exploitation",
    other_harms: "Other harms",
  },
  questions: {
    "act-recruitment": [
      "Did someone offer you a job, a trip or a new life, or ask you to come with them?",
      "Was the person recruited: offered work, travel or a place, or persuaded or asked to go?",
    ],
    "act-transportation": [
      "Did someone take you, or pay for you to travel, to another place?",
      "Was the person transported, or their travel arranged or paid for by others?",
    ],
    "act-transfer": [
      "Were you handed over from one person or group to another?",
      "Was the person transferred: handed over, sold or passed between people or groups?",
    ],
    "act-harbouring": [
      "Did someone keep you in a place, or hide you?",
      "Was the person harboured: housed, kept or hidden by others?",
    ],
    "act-receipt": [
      "When you arrived, did someone meet you and take charge of you?",
      "Was the person received: met and taken in charge by someone on arrival?",
    ],
    "means-threat": [
      "Did anyone say they would hurt you or your family, or tell the police about you?",
      "Was the person, or their family, threatened with harm, violence or denunciation?",
    ],
    "means-force": [
      "Did anyone hit you, hurt you or lock you in?",
      "Was physical force used: violence, restraint or confinement?",
    ],
    "means-coercion": [
      "Did anyone make you do things you did not want to do, even without hitting you?",
      "Was the person coerced in other ways: pressure, control of documents or money, debts used to bind them?",
    ],
    "means-abduction": [
      "Did anyone take you away without asking you or your family?",
      "Was the person abducted: taken away against their will or their guardian's?",
    ],
    "means-fraud": [
      "Did anyone trick you with false papers, a false contract or false money promises?",
      "Was fraud used: false documents, false contracts, or false financial promises?",
    ],
    "means-deception": [
      "Was the work, the place or the pay different from what you were told?",
      "Was the person deceived about the nature of the work, the pay, the conditions or the place?",
    ],
    "means-abuse-of-power": [
      "Did someone with power over you, like a boss, an official or a carer, use it to make you go or stay?",
      "Was a position of authority abused (employer, official, teacher, carer) to obtain compliance?",
    ],
    "means-abuse-of-vulnerability": [
      "Did someone take advantage of you because you had no money, no papers, no family nearby or did not know the language?",
      "Was a position of vulnerability abused: poverty, irregular status, isolation, disability, age, language?",
    ],
    "means-payments-to-controller": [
      "Did someone give money or gifts to your parents or to the person looking after you so that you would go?",
      "Were payments or benefits given to a person having control over the person (a parent, guardian or employer) to obtain consent?",
    ],
    "purpose-sexual-exploitation": [
      "Were you made, or meant, to do sexual things for other people or for money?",
      "Was the purpose the exploitation of prostitution or other sexual exploitation?",
    ],
    "purpose-forced-labour": [
      "Were you made, or meant, to work when you could not say no or stop?",
      "Was the purpose forced labour or services: work exacted under the menace of a penalty?",
    ],
    "purpose-slavery": [
      "Did someone treat you as if they owned you, or sell you?",
      "Was the purpose slavery or a practice similar to slavery (ownership, sale, debt bondage)?",
    ],
    "purpose-servitude": [
      "Did you have to live and work for someone all the time, with no way out?",
      "Was the purpose servitude: total dependence on and control by another, without a way to leave?",
    ],
    "purpose-organ-removal": [
      "Did anyone want to take a part of your body, like a kidney, or talk about selling it?",
      "Was the purpose the removal of organs?",
    ],
    "purpose-forced-criminality": [
      "Were you made, or meant, to do things against the law, like stealing, selling drugs or cheating people online?",
      "Was the purpose forced criminality, including online scam operations, theft or drug selling?",
    ],
    "purpose-forced-begging": [
      "Were you made, or meant, to ask people for money in the street and give it to someone?",
      "Was the purpose forced begging?",
    ],
    "purpose-forced-marriage": [
      "Did anyone make, or plan to make, you marry someone?",
      "Was the purpose forced or child marriage?",
    ],
    "purpose-abuse-material": [
      "Did anyone take sexual photos or videos of you, or make you do sexual things on a camera?",
      "Was the purpose the production of child sexual abuse material or livestreamed sexual abuse?",
    ],
    "purpose-armed-recruitment": [
      "Were you made, or meant, to join or help a group with weapons?",
      "Was the purpose recruitment or use by an armed force or armed group?",
    ],
    "ctx-consented": [
      "Did you say yes to going, or to the work, at some point?",
      "Did the person say they agreed, at any point? (Recorded as context only: it never counts against identification.)",
    ],
    "ctx-exploitation-occurred": [
      "Has this already happened to you, not only been planned?",
      "Has the exploitation already taken place, or was it only intended so far?",
    ],
    "ctx-border-crossed": [
      "Did you cross into another country?",
      "Did the person cross an international border?",
    ],
    "ctx-age-at-act": [
      "How old were you when this started?",
      "Age at the time of the act (recruitment, transport, harbouring), if known.",
    ],
    "ctx-first-contact": [
      "How did you first meet the person who offered you the work or the trip?",
      "How was the person first contacted or recruited?",
    ],
    "ctx-arrival-date": [
      "When did you come to this place?",
      "Date of arrival at the current place.",
    ],
    "ctx-hours-per-day": [
      "How many hours do you work on a normal day?",
      "Hours worked on a usual day.",
    ],
    "ctx-work-description": [
      "What work did you do? Tell me in your own words.",
      "Work or activity done, in the person's own words (no names of other people).",
    ],
    "ind-gen-02": [
      "Do you feel you cannot leave the place where you work or live?",
      "Feels unable to leave the place where they work or live.",
    ],
    "ind-gen-05": [
      "Has anyone hurt or threatened you or your family?",
      "Has been threatened or subjected to violence, or their family has.",
    ],
    "ind-gen-09": [
      "Does someone else keep your passport or ID card?",
      "Someone else holds their passport, identity or travel documents.",
    ],
    "ind-gen-17": [
      "Are you paid very little or nothing, or can you not keep your money?",
      "Is paid little or nothing, or has no access to their earnings.",
    ],
    "ind-gen-22": [
      "Did someone tell you that you owe them money that you must pay back by working?",
      "Believes they owe a debt they must work off.",
    ],
    "ind-chi-01": [
      "Is it impossible for you to see or talk to your parents or the people who look after you?",
      "Has no access to their parents or guardians.",
    ],
    "ind-chi-04": ["Have you stopped going to school?", "Does not go to school."],
    "ind-chi-08": [
      "Do you do work that is heavy, dangerous or at night?",
      "Does work that is not suitable for children.",
    ],
    "ind-chi-09": [
      "Did you travel without your family, or with adults who are not your family?",
      "Travels without an adult, or in a group with people who are not relatives.",
    ],
    "ind-sex-03": [
      "Does someone always go with you to and from work?",
      "Is accompanied when going to and from work and other activities.",
    ],
    "ind-sex-06": ["Do you sleep where you work?", "Sleeps where they work."],
    "ind-sex-10": ["Do you have no money of your own?", "Has no cash of their own."],
    "ind-lab-07": [
      "Can you leave the workplace only with the boss, or are there guards or locks that keep you in?",
      "Cannot leave the premises without the employer; security measures keep workers in.",
    ],
    "ind-lab-08": [
      "Do you have to pay fines when the boss says you did something wrong?",
      "Is disciplined by fines.",
    ],
    "ind-lab-15": [
      "Do you have to pay for your tools, food or bed, or is it taken from your pay?",
      "Must pay for tools, food or housing, or the cost is deducted from wages.",
    ],
    "ind-ilo-09": [
      "Do you have to work to pay off a debt that keeps growing or that you do not understand?",
      "Must work off a debt (fees, travel, advances) whose value or terms they do not control.",
    ],
    "ind-dom-02": [
      "Do you eat apart from the family you work for, or only get leftovers?",
      "Does not eat with the family, or is given only leftovers.",
    ],
    "ind-dom-06": [
      "Are you never allowed to leave the house without the family you work for?",
      "Never leaves the house without the employer.",
    ],
    "ind-dom-07": [
      "Does anyone in the house shout at you, insult you, hurt you or threaten you?",
      "Is insulted, abused, threatened or subjected to violence.",
    ],
    "ind-beg-02": [
      "Were you asked to carry or sell drugs?",
      "A child carries or sells illegal drugs.",
    ],
    "ind-beg-08": [
      "Are you punished if you do not bring back enough money or things?",
      "Is punished for not collecting or stealing enough.",
    ],
    "ind-beg-10": [
      "Do you live with adults who are not your parents?",
      "A child lives with adults who are not their parents.",
    ],
    "ind-scm-04": [
      "When you arrived, did someone take your passport and your phone?",
      "On arrival, passport and phone were taken.",
    ],
    "ind-scm-06": [
      "Were you made to chat with people online to trick them out of money?",
      "Was made to deceive people online: romance or investment fraud, fake crypto platforms, illegal gambling.",
    ],
    "ind-scm-07": [
      "Were you kept in a place with guards or walls that you could not leave?",
      "Was held in a guarded compound and could not leave.",
    ],
    "ind-onl-03": [
      "Did anyone make you do sexual things in front of a camera while people watched from far away?",
      "A child was made to take part in sexual acts shown live to remote viewers (livestreamed abuse).",
    ],
    "ind-onl-05": [
      "Did someone you met online give you gifts, attention or money and then ask for sexual photos or to meet?",
      "An adult built a relationship with the child online, with gifts, attention or money, then moved toward sexual contact or images (grooming).",
    ],
    "ind-onl-06": [
      "Did anyone say they would share sexual pictures of you unless you sent more, paid or met them?",
      "The child is threatened with the release of sexual images unless they send more, pay or meet (sexual extortion).",
    ],
    "ind-onl-10": [
      "Does someone in your family or home arrange or get money from people watching or filming you online?",
      "A family member or carer arranges or profits from the child's online sexual exploitation at home.",
    ],
    "harm-child-work": [
      "Do you work to earn money, or for the people you live with?",
      "Is the child working (paid or unpaid, outside ordinary household chores)?",
    ],
    "harm-sexual-contact": [
      "Has anyone touched you in a sexual way, or made you do sexual things?",
      "Has the child experienced sexual contact or sexual abuse by anyone?",
    ],
    "harm-paid-crossing": [
      "Did you or your family pay someone to help you cross a border secretly?",
      "Did the person or their family pay someone to arrange an irregular border crossing?",
    ],
  },
  options: {
    "ctx-first-contact.in_person": "In person, by a stranger or a recruiter",
    "ctx-first-contact.family_or_friend": "Through family or friends",
    "ctx-first-contact.online": "Online: social media, a messaging app or an advertisement",
    "ctx-first-contact.agency": "Through a job agency or a broker",
    "ctx-first-contact.other": "Other",
  },
  harms: {
    child_labour: "Child labour",
    sexual_abuse: "Sexual abuse of a child",
    smuggling_without_exploitation: "Smuggling without signs of exploitation (keep checking)",
  },
};
