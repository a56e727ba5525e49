"""Pain triage: levels, negation, mixed reports, detection, replies, /pain answers and the labelled set."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.triage import (
    Duration,
    Feeling,
    Flag,
    Level,
    Location,
    PainAnswers,
    answers_from_values,
    detect_pain_report,
    missing_questions,
    net_ceiling,
    triage_answers,
    triage_text,
)
from bot.engine.triage_eval import evaluate_triage, load_cases
from bot.engine.triage_reply import (
    DISCLAIMER,
    EMERGENCY_LEAD,
    EMERGENCY_WATCH,
    PROFESSIONAL_LEAD,
    REPLY_LIMIT,
    THEIR_EMERGENCY_LEAD,
    THEIR_PROFESSIONAL_LEAD,
    compose_reply,
)

DEV_SET = Path(__file__).with_name("triage_dev.yaml")
# Written blind by someone else; measured, never tuned against.
HELD_OUT_SET = Path(__file__).with_name("triage_heldout.yaml")
# Floors at what the held-out set reached when last measured, so a lexicon change cannot quietly lose ground.
HELD_OUT_EMERGENCY_FLOOR = 1.0
HELD_OUT_PROFESSIONAL_FLOOR = 1.0
RED_FLAG_QUESTIONS = {"saddle_numbness", "bladder_bowel", "both_legs"}


def test_levels_are_ordered_by_severity() -> None:
    assert Level.NONE < Level.MODIFY < Level.PROFESSIONAL < Level.EMERGENCY
    assert max(Level.MODIFY, Level.EMERGENCY, Level.NONE) is Level.EMERGENCY


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my groin has gone numb since the session", Flag.SADDLE_NUMBNESS),
        ("I can't feel my inner thighs", Flag.SADDLE_NUMBNESS),
        ("peed a little on my last rep", Flag.BLADDER_BOWEL),
        ("I can't hold my bladder since yesterday", Flag.BLADDER_BOWEL),
        ("lost control of my bowels", Flag.BLADDER_BOWEL),
        ("both legs went weak after the set", Flag.BOTH_LEGS),
        ("the numbness in my leg is getting worse", Flag.PROGRESSIVE_WEAKNESS),
        ("dropped the bar on my hips and the pain is unbearable", Flag.TRAUMA_SEVERE),
    ],
)
def test_emergency_signs(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.EMERGENCY
    assert flag in result.flags


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("stabbing pain in my lower back at lockout", Flag.SHARP),
        ("zinging down my leg on every rep", Flag.RADIATING),
        ("pins and needles in my right foot", Flag.LEG_NUMBNESS_TINGLING),
        ("numbnes in my calf", Flag.LEG_NUMBNESS_TINGLING),
        ("my back has hurt for 4 days now", Flag.NOT_SUBSIDING),
        ("the back pain keeps coming back", Flag.RECURRING),
        ("fixed my form and lowered the weight but it still hurts", Flag.FORM_FIX_FAILED),
        ("felt a pop in my back", Flag.POP_INJURY),
        ("back pain and a fever", Flag.FEVER),
        ("my back pain wakes me up at night", Flag.NIGHT_PAIN),
    ],
)
def test_professional_triggers(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.PROFESSIONAL
    assert flag in result.flags


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("lower back a bit achy after thrusts", Flag.BACK_ACHE_MILD),
        ("I feel it in my back instead of my glutes", Flag.BACK_NOT_GLUTES),
        ("my neck hurts at the top", Flag.NECK_STRAIN),
        ("the bar digs into my hip bones", Flag.BAR_HIP_PAIN),
        ("hamstrings cramp at lockout", Flag.HAMSTRING_CRAMP),
        ("my quads take over", Flag.QUADS_DOMINANT),
        ("lower back ache is about 7/10", Flag.SEVERITY_OVER_5),
        ("lower back still stiff the next morning", Flag.NOT_SETTLED),
    ],
)
def test_modify_cases(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.MODIFY
    assert flag in result.flags


@pytest.mark.parametrize(
    "text",
    ["glutes on fire lol", "great pump today", "glutes sore two days later", "how high should the bench be?"],
)
def test_normal_sensation_and_chat_are_level_none(text: str) -> None:
    assert triage_text(text).level is Level.NONE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my left leg goes numb from the glute down to my calf", Level.PROFESSIONAL),
        ("numb from my butt to my knee on the right side", Level.PROFESSIONAL),
        ("my butt and groin feel numb", Level.EMERGENCY),
        ("both legs numb from the butt down", Level.EMERGENCY),
    ],
)
def test_numbness_down_one_leg_is_not_the_saddle_area(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("legs feel like jelly after the last set", Level.NONE),
        ("both legs feel like jelly since this morning", Level.EMERGENCY),
        ("legs like jelly and weaker every hour", Level.EMERGENCY),
    ],
)
def test_jelly_legs_are_fatigue_unless_both_or_worsening(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("there is no sensation in my groin", Level.EMERGENCY),
        ("i dont feel anything when i touch my butt cheeks", Level.EMERGENCY),
        ("me not feel my private parts after gym", Level.EMERGENCY),
        ("no feeling in my left foot", Level.PROFESSIONAL),
        ("no feeling in either of my feet", Level.EMERGENCY),
        ("no pain, no feeling of anything weird, just tired", Level.NONE),
        ("I don't feel anything in my glutes, all quads", Level.MODIFY),
    ],
)
def test_no_feeling_is_the_symptom_not_a_denial(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my bladder feels full and I can't go", Level.EMERGENCY),
        ("trying to wee and nothing", Level.EMERGENCY),
        ("pee only trickles out since my back went", Level.EMERGENCY),
        ("peed before the set", Level.NONE),
        ("can't go heavier today, back a bit achy", Level.MODIFY),
    ],
)
def test_urinary_retention_in_lay_words(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the bench slipped and the bar fell on me, 9/10", Level.EMERGENCY),
        ("dropped the bar across my pelvis and heard a crack", Level.EMERGENCY),
        ("bar crushed my hip, I'm in agony", Level.EMERGENCY),
        ("heard a crack in my back on the last rep, it hurts", Level.PROFESSIONAL),
        ("dropped the bar on the floor safely", Level.NONE),
    ],
)
def test_a_falling_bar_with_severe_pain_or_a_crack_is_an_emergency(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("lost 5 kilos without trying and my back hurts", Flag.WEIGHT_LOSS),
        ("down 10 lbs for no reason, back aches", Flag.WEIGHT_LOSS),
        ("took weight off like you said and my back STILL hurts", Flag.FORM_FIX_FAILED),
        ("did everything you told me, still hurts in my lower back", Flag.FORM_FIX_FAILED),
    ],
)
def test_weight_loss_and_failed_form_fix_in_more_words(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.PROFESSIONAL
    assert flag in result.flags


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i feel it far more in my lower back than in my glutes, is that wrong?", Level.MODIFY),
        ("glutes pumped and a bit achy from the burn", Level.NONE),
        ("lost 3 kg on my diet on purpose", Level.NONE),
    ],
)
def test_back_over_glutes_question_is_a_report_and_achy_burn_is_normal(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("glutes tender to touch the day after", Level.NONE),
        ("lower back tender the day after", Level.MODIFY),
        ("glutes sharp pain two days after", Level.PROFESSIONAL),
    ],
)
def test_muscle_tenderness_a_day_or_two_later_is_doms(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "absent", "level"),
    [
        ("no numbness, just a dull ache in my lower back", Flag.LEG_NUMBNESS_TINGLING, Level.MODIFY),
        ("no sharp pain, just a tight lower back", Flag.SHARP, Level.MODIFY),
        ("it isn't sharp, more of an ache in my back", Flag.SHARP, Level.MODIFY),
        ("never had bladder problems, my back is just stiff", Flag.BLADDER_BOWEL, Level.MODIFY),
        ("without any tingling, my neck is sore", Flag.LEG_NUMBNESS_TINGLING, Level.MODIFY),
        ("I don't have any numbness in my groin, just glute burn", Flag.SADDLE_NUMBNESS, Level.NONE),
    ],
)
def test_negated_symptoms_do_not_count(text: str, absent: Flag, level: Level) -> None:
    result = triage_text(text)
    assert absent not in result.flags
    assert result.level is level


def test_negation_stops_at_the_clause_break() -> None:
    result = triage_text("no numbness but a sharp twinge in my back")
    assert Flag.LEG_NUMBNESS_TINGLING not in result.flags
    assert Flag.SHARP in result.flags


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("glutes burn but my back also gets a sharp twinge", Level.PROFESSIONAL),
        ("just a pump, though both my legs feel numb", Level.EMERGENCY),
        ("glutes are sore, but my lower back hurts too", Level.MODIFY),
        ("back feels fine, glutes burning", Level.NONE),
    ],
)
def test_mixed_reports_take_the_most_severe_part(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Saddle numbness noticed on the toilet, in the words people use for it.
        ("can't really feel the tissue when I wipe since thrust day", Level.EMERGENCY),
        ("wiped out after thrusts, no numbness anywhere", Level.NONE),
        # Hesitancy, and urine that leaves on its own.
        ("my stream takes forever to get going since my back started hurting", Level.EMERGENCY),
        ("back pain and the pee comes out on its own", Level.EMERGENCY),
        # A knock to the groin with extreme pain; the same idiom about a pump is good news.
        ("the plate dropped onto my groin and the pain is through the roof", Level.EMERGENCY),
        ("pump is through the roof today", Level.NONE),
        # Pain (not muscle soreness) two or more days on.
        ("back still aching after a couple of days", Level.PROFESSIONAL),
        ("glutes still sore after 3 days, nothing else", Level.NONE),
        ("cut from 90 down to 40 kg and the lower back still hurts", Level.PROFESSIONAL),
        ("lumbar is doing all the work, not my glutes", Level.MODIFY),
        ("the bar is killing my hip bones on heavy sets", Level.MODIFY),
        # Age alone, with pain denied, is no red flag; age with new back pain is.
        ("I'm 67 with no pain at all, where do I start?", Level.NONE),
        ("I'm 67 and my lower back started hurting this week", Level.PROFESSIONAL),
    ],
)
def test_wording_families_from_the_third_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Accidents with the bowels or bladder, and ones not felt happening.
        ("I had an accident with my bowels at the gym and my lower back aches", Level.EMERGENCY),
        ("had an accident on the way home and didn't notice it until later", Level.EMERGENCY),
        ("it takes ages for the water to start when I'm at the loo since the session", Level.EMERGENCY),
        ("the kettle water takes ages to boil", Level.NONE),
        # Lost sensation named the long way round, and the seat called the bottom.
        ("I have the feeling of no sensation on the inside of the thighs", Level.EMERGENCY),
        ("a bit numb around my bottom since yesterday", Level.EMERGENCY),
        ("my toes tingle at the bottom of each rep", Level.PROFESSIONAL),
        # Spanish and Portuguese body words.
        ("pain shooting from my back down into my pierna", Level.PROFESSIONAL),
        ("I feel it in the espalda, not in the glúteos", Level.MODIFY),
        # A mild twinge that is gone right after is modify; a lasting or plain sharp one is not.
        ("small twinge in my lower back at lockout, gone after a minute", Level.MODIFY),
        ("slight twinge in my back, still there the next morning", Level.PROFESSIONAL),
        ("sharp pain in the back, went away after", Level.PROFESSIONAL),
        # "It went away" is settling, not something giving way.
        ("my back was a bit stiff on the last set but it went away after", Level.MODIFY),
        # A low number at rest that settles within minutes is no rest pain; real pain at rest is.
        ("lower back 6/10 on heavy sets, 1/10 at rest, settles within minutes", Level.MODIFY),
        ("lower back aches even at rest on the couch", Level.PROFESSIONAL),
        # The back taking the load the glutes should.
        ("my lower back takes all the load and my glutes barely work", Level.MODIFY),
        # Sore glutes a day or two on; apologies, denials and clinical negatives around them.
        ("the muscles of my bottom hurt the day after, like after a run", Level.NONE),
        ("sorry to bother you, glutes are sore today from Monday's workout", Level.NONE),
        ("no back pain at all, just sore glutes and tired legs", Level.NONE),
        ("Negative for numbness, negative for leg pain. Glutes done.", Level.NONE),
    ],
)
def test_wording_families_from_the_fourth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Numbing-agent similes are numbness words.
        ("my groin feels like I just had lidocaine since the heavy set", Level.EMERGENCY),
        ("my inner thighs feel like after a filling at the dentist", Level.EMERGENCY),
        ("it's as if someone gave my crotch a local anaesthetic", Level.EMERGENCY),
        ("my left calf feels like novocaine since the session", Level.PROFESSIONAL),
        ("my dentist said I should floss more, glutes are sore from Monday", Level.NONE),
        ("I had anaesthetic for knee surgery two years ago, can I do hip thrusts?", Level.NONE),
        # "number" is a count, unless it compares numbness.
        ("I'm number 3 in the queue for the bench, any tips while I wait?", Level.NONE),
        ("my sister is pregnant with baby number three, glutes sore from Tuesday", Level.NONE),
        ("my foot is getting number by the hour", Level.EMERGENCY),
    ],
)
def test_numbness_words_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Weakness or numbness that spreads from one leg to the other is both legs.
        ("my left foot went numb on Monday and now the right one is going numb too", Level.EMERGENCY),
        ("weakness started in my right leg and has spread to the other leg", Level.EMERGENCY),
        ("the tingling is in my right foot, now the other foot as well", Level.EMERGENCY),
        ("left leg felt weak this morning. The right leg too since lunch", Level.EMERGENCY),
        # One leg, with the other named as fine or only compared, stays one leg.
        ("my right foot tingles but the left one is fine", Level.PROFESSIONAL),
        ("my left knee aches and the right one aches too", Level.MODIFY),
        ("left glute is weak and the right one is weak too", Level.NONE),
    ],
)
def test_weakness_reaching_the_other_leg_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A dropped bar or a fall that reached nobody.
        ("the plate slipped off the bar onto the floor, missed me completely, all good", Level.NONE),
        ("I dropped the bar on the floor, no one was hurt, should I use bumper plates?", Level.NONE),
        ("a dumbbell rolled off the rack and fell off the bench, nobody got hurt", Level.NONE),
        # A denial does not undo a fall that hurt or landed on the body.
        ("I fell off the bench yesterday, I'm fine but my tailbone hurts", Level.PROFESSIONAL),
        ("fell off the bench and landed on my back, I'm fine", Level.PROFESSIONAL),
        ("the bar fell off the rack and hit my shin, it hurts", Level.PROFESSIONAL),
        ("nobody told me hip thrusts would make my lower back ache this much", Level.MODIFY),
        # Kit that slips is not a fall; a lifter who slips and lands is.
        ("my towel slipped off the bar so it dug into my hips", Level.MODIFY),
        ("my foot slipped off the edge of the bench mid rep, no pain, just annoying", Level.NONE),
        ("the mat slid and I fell backwards onto my tailbone", Level.PROFESSIONAL),
    ],
)
def test_denied_harm_and_slipping_kit_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # How often is not how long; "last week" alone is when, not for how long.
        ("I thrust 4 days a week and my glutes are sore", Level.NONE),
        ("hip thrusts 3 days in a week, my lower back aches after", Level.MODIFY),
        ("I train twice a week and my lower back aches", Level.MODIFY),
        ("lower back pain for 3 weeks now", Level.PROFESSIONAL),
        ("my back has hurt since last week", Level.PROFESSIONAL),
        # An illness that is over is not a current fever.
        ("I had covid two weeks ago, fully recovered now, can I train heavy?", Level.NONE),
        ("had a temperature on Sunday but it's gone now, back to training?", Level.NONE),
        ("I had a fever last week and I still feel awful, my back aches", Level.PROFESSIONAL),
        ("fever since yesterday and my back aches", Level.PROFESSIONAL),
    ],
)
def test_frequency_and_past_illness_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("I feel the reps way more in my back than in my butt", Flag.BACK_NOT_GLUTES),
        ("I feel my bridges mostly in the lumbar, not my glutes", Flag.BACK_NOT_GLUTES),
        ("my front thighs take over on every rep", Flag.QUADS_DOMINANT),
        ("thighs at the front are on fire, glutes barely feel anything", Flag.QUADS_DOMINANT),
        ("my thighs burn more than my glutes on thrusts", Flag.QUADS_DOMINANT),
    ],
)
def test_compensation_cues_from_the_sixth_blind_set(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.MODIFY
    assert result.has(flag)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Up to 5/10 while training and gone by the next morning is the pain-monitoring rule's all-clear.
        ("pain was about 5 out of 10 while thrusting, fine the following day", Level.NONE),
        ("it hurt 3/10 on the last set, totally gone by the next morning", Level.NONE),
        ("pain was 5/10 during the set and still there the next morning", Level.MODIFY),
        ("pain about 4/10 during the sets, didn't settle by the next morning", Level.MODIFY),
        ("pain was 7/10 during the set, gone the next morning", Level.MODIFY),
        # A mild lower-back ache that settles is still a reason to adjust the setup.
        ("lower back ached 4/10 during the set, gone by the next morning", Level.MODIFY),
    ],
)
def test_pain_monitoring_rule_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Read or heard about, and denied: not a report.
        (
            "I heard that losing bladder control is a red flag, I don't have any of that, what else to watch?",
            Level.NONE,
        ),
        ("saw a video about sciatica, should I stretch my hamstrings more?", Level.NONE),
        ("read an article on knee pain in hip thrusts, is foot position the cause?", Level.NONE),
        # Without the denial an emergency sign still counts; the user's own words always do.
        ("I read that numbness in the groin is serious and now my groin feels numb", Level.EMERGENCY),
        ("I read that saddle numbness is serious. I don't have that, but my bum feels dead", Level.EMERGENCY),
        ("I read that back pain is common, and my lower back hurts after thrusts", Level.MODIFY),
        ("heard a pop in my lower back on the last rep", Level.PROFESSIONAL),
    ],
)
def test_reported_speech_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A foot or leg put to sleep by posture, awake again within a minute, with nothing else reported.
        ("my leg fell asleep from sitting on the toilet too long, gone after a minute", Level.NONE),
        ("my foot went numb while kneeling to load the plates, went away within seconds", Level.NONE),
        ("sat on my foot watching a film and it tingled, fine once I stood up", Level.NONE),
        # Numbness from training, or with anything else, is still a leg sign.
        ("my foot goes numb during hip thrusts and it goes away after a minute", Level.PROFESSIONAL),
        ("my leg fell asleep sitting cross legged and my lower back hurts", Level.PROFESSIONAL),
        ("my foot fell asleep sitting at my desk and it's still numb two hours later", Level.PROFESSIONAL),
    ],
)
def test_positional_numbness_from_the_sixth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Clinical wording: retention, perineal or perianal anaesthesia, cauda equina named as the user's own.
        ("since my heavy session I have urinary retention and my back aches", Flag.BLADDER_BOWEL),
        ("retaining urine since yesterday's thrusts, lower back is killing me", Flag.BLADDER_BOWEL),
        ("I think I have cauda equina symptoms since the heavy session", Flag.BLADDER_BOWEL),
        ("perianal hypoaesthesia since the session, lower back sore", Flag.SADDLE_NUMBNESS),
        ("I have reduced sensation around my perineum since the heavy thrusts", Flag.SADDLE_NUMBNESS),
        # Slang and sensation lost: bursting but nothing comes, not feeling the urge until it happens.
        ("did my back in on thrusts, busting for a wee all evening but nothing comes out", Flag.BLADDER_BOWEL),
        ("need a slash since lunch and nothing will come out, back is wrecked", Flag.BLADDER_BOWEL),
        ("since Tuesday I can't feel when I need a poo, only find out when it's already happening", Flag.BLADDER_BOWEL),
        # Nigerian Pidgin: "no fit" is can't, "comot" is come out.
        ("I no fit control my pee since I do hip thrust, e dey comot anyhow", Flag.BLADDER_BOWEL),
        # Skin that does not feel like skin, next to the saddle area.
        ("my inner thighs feel like cotton wool since thrusts", Flag.SADDLE_NUMBNESS),
        ("my bum feels as if it's not my own skin since the heavy session", Flag.SADDLE_NUMBNESS),
        ("like wearing thick gloves on the insides of both thighs since the thrusts", Flag.SADDLE_NUMBNESS),
        # Foot drop in lay words, and one weak leg that is worse by the next mention.
        ("I keep catching my toes on the stairs since yesterday's thrusts", Flag.PROGRESSIVE_WEAKNESS),
        ("my right foot keeps slapping the floor when I walk since the session", Flag.PROGRESSIVE_WEAKNESS),
        ("left leg was a little weak yesterday, today it is much worse", Flag.PROGRESSIVE_WEAKNESS),
    ],
)
def test_emergency_wordings_from_the_seventh_blind_set(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.EMERGENCY
    assert result.has(flag)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Clinical and numeric wording of referral signs.
        ("Radiculopathy down my left leg since the thrust session", Level.PROFESSIONAL),
        ("pain in an S1 dermatome on the right since thrusts, no saddle anaesthesia", Level.PROFESSIONAL),
        ("running a temp of 38.9 and my lower back aches since thrusts", Level.PROFESSIONAL),
        ("had rigors last night and back pain since yesterday's session", Level.PROFESSIONAL),
        # Weekdays that span more than two days with the pain unchanged.
        ("mild lumbar pain since Monday's thrusts. It's Friday today and it still hurts the same.", Level.PROFESSIONAL),
        ("glutes sore since Monday, it's Wednesday now, still a bit tender", Level.NONE),
        # Negative controls: the same words saying nothing about the user's body now.
        ("I've been on creatine and I get some water retention, is that normal?", Level.NONE),
        ("I had anaesthesia for my knee surgery last year, can I start hip thrusts?", Level.NONE),
        ("what are the signs of cauda equina syndrome?", Level.NONE),
        ("went for a slash before my set, then hit a new PR", Level.NONE),
        ("temp job starts monday, can I fit thrusts in the mornings?", Level.NONE),
        ("I keep catching my toes on the bench when I set up, any tips?", Level.NONE),
        ("my right foot is weaker than the left, is that normal?", Level.NONE),
        ("no saddle anaesthesia, no bladder issues, just lower back ache after thrusts", Level.MODIFY),
    ],
)
def test_clinical_and_numeric_wordings_from_the_seventh_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Someone else's symptom, with the user's own all-clear.
        ("my wife had numbness in her groin after thrusts, she saw a doctor, I'm fine. Tips for her?", Level.NONE),
        ("my buddy fell off the bench and hit his head. I'm okay, he is at the hospital", Level.NONE),
        # Without the all-clear a relative's or client's sign is still triaged, and the user's own words always are.
        ("my wife has numb inner thighs since her thrusts, what should she do?", Level.EMERGENCY),
        ("my friend says I should see a doctor because my groin is numb, I'm fine otherwise", Level.EMERGENCY),
        # A past problem the user says is over; what they report now still counts.
        ("herniated disc 5 years ago, completely recovered, now just want to progress my thrusts safely", Level.NONE),
        ("I tore my hamstring last year, fully healed. Today glutes feel nicely sore", Level.NONE),
        ("fell and broke my hip 3 years ago, fully healed, can I do thrusts?", Level.NONE),
        ("slipped disc years ago, all healed, now I feel thrusts in my lower back more than my glutes", Level.MODIFY),
        ("had sciatica years ago, resolved, but now it's shooting down my leg again", Level.PROFESSIONAL),
        ("had a disc problem in 2020, never fully healed, and my leg still tingles", Level.PROFESSIONAL),
        # Idioms and foods: no fall, no sharp pain, no numbness.
        ("I fell off the bandwagon in January, how do I restart hip thrusts?", Level.NONE),
        ("this sharp cheese is my favourite snack after thrusts", Level.NONE),
        ("look sharp, new gym clothes day! any tips for thrusts?", Level.NONE),
        ("a sharp pain in my lower back on the last rep", Level.PROFESSIONAL),
        ("honestly the move to a new office left me numb, glutes are sore from Monday", Level.NONE),
        ("my left calf went numb after the set", Level.PROFESSIONAL),
    ],
)
def test_other_people_past_problems_and_idioms_from_the_seventh_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The pain-monitoring rule with "by this morning"; muscle pain the user calls good.
        ("glutes were about 3/10 during the last set, gone by this morning", Level.NONE),
        ("my glutes feel a sweet kind of pain after yesterday's thrusts", Level.NONE),
        ("my butt dey pain me sweet after thrusts yesterday", Level.NONE),
        ("my lower back hurts after thrusts, not a good pain", Level.MODIFY),
        # Lighter pain words in the back or under the bar.
        ("my lower back catches a bit at the top of the thrust, mild, eases with rest", Level.MODIFY),
        ("the barbell leaves welts on my hip bones, it stings after", Level.MODIFY),
        ("I'm catching up with friends tonight so I'll skip thrusts", Level.NONE),
        # Over 50 is a red flag with new back pain, not with the bar pressing on the hips.
        ("I'm 61 and the barbell digs into my hip bones, what pad do you suggest?", Level.MODIFY),
        ("I'm 61 and my lower back has started aching since I began hip thrusts", Level.PROFESSIONAL),
    ],
)
def test_benign_and_modify_wordings_from_the_seventh_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Euphemisms for bladder and bowel, with the urge not felt or the accident not felt coming.
        ("had an accident with the waterworks at work today, didn't feel it coming at all, back sore since thrusts",
         Flag.BLADDER_BOWEL),
        ("I soiled my undies on the drive home and never felt the need, lower back aches", Flag.BLADDER_BOWEL),
        ("didn't know I needed a wee until it was already coming out, back hurt since deadlifts", Flag.BLADDER_BOWEL),
        ("since the heavy session I don't get the urge to poo anymore, I just go by the clock", Flag.BLADDER_BOWEL),
        ("lost the urge to urinate since Monday, lower back stiff", Flag.BLADDER_BOWEL),
        # Worsening foot drop: a foot that flops, toes that will not lift, tripping again and again, by the hour.
        ("my right foot has started flopping when I walk and I can hardly lift my toes", Flag.PROGRESSIVE_WEAKNESS),
        ("left calf weak since thrusts and it's weaker by the hour", Flag.PROGRESSIVE_WEAKNESS),
        ("I keep tripping on the stairs since yesterday, my foot just doesn't come up", Flag.PROGRESSIVE_WEAKNESS),
        ("tripped over the kerb three times today, my left foot feels floppy", Flag.PROGRESSIVE_WEAKNESS),
        # Skin similes next to the saddle area or the underwear line.
        ("the skin along my knicker line feels leathery since the thrusts", Flag.SADDLE_NUMBNESS),
        ("my inner thighs feel like cardboard when I touch them", Flag.SADDLE_NUMBNESS),
        ("rubbery skin around my groin since the session, not sure what it is", Flag.SADDLE_NUMBNESS),
    ],
)
def test_emergency_wordings_from_the_eighth_blind_set(text: str, flag: Flag) -> None:
    result = triage_text(text)
    assert result.level is Level.EMERGENCY
    assert result.has(flag)


def test_a_trip_from_a_weak_foot_is_not_a_fall_trauma_in_the_eighth_blind_set() -> None:
    weak = triage_text("my left foot drags and I tripped on the kerb twice today, it's getting weaker")
    assert weak.level is Level.EMERGENCY and not weak.has(Flag.FALL_TRAUMA)
    # A trip that ends in a landing is still a fall.
    fall = triage_text("tripped on the kerb and landed hard on my tailbone, it hurts")
    assert fall.level is Level.PROFESSIONAL and fall.has(Flag.FALL_TRAUMA)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The back doing the glutes' work, in shorthand and in lifters' terms.
        ("back not butt again 😩", Level.MODIFY),
        ("lower back > glutes every single set", Level.MODIFY),
        ("feel thrusts in my hamstrings and lower back, hardly anything in my glutes", Level.MODIFY),
        ("my erectors give out long before my glutes on thrusts", Level.MODIFY),
        ("think I'm overextending my lower back at lockout, any cues?", Level.MODIFY),
        # Glutes that "feel nothing" while another muscle does the work are not numb...
        ("hamstrings do all the work and I can't feel my bum at all", Level.MODIFY),
        # ...unless a numbness word or the groin is named.
        ("quads do all the work and my bum is numb", Level.EMERGENCY),
        ("hamstrings take over and my groin feels nothing", Level.EMERGENCY),
        # A high score that went with the set is over 5/10, not a lasting severe pain.
        ("peaked at 9/10 in my lower back on the last rep, gone now, too heavy?", Level.MODIFY),
        ("8/10 pain in my lower back since the session, still there", Level.PROFESSIONAL),
        ("10/10 pain in my back, not gone now", Level.PROFESSIONAL),
    ],
)
def test_modify_wordings_from_the_eighth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Asking what a term means is no report; the user's own sign beside it still is.
        ("what does saddle numbness mean and why is it a red flag?", Level.NONE),
        ("for a physio exam: why is urinary retention considered a red flag?", Level.NONE),
        ("what counts as saddle numbness? my groin has felt numb since Monday", Level.EMERGENCY),
        # Someone else's problem that is over; the user's own sign after it still counts.
        ("my brother had sciatica down his leg last year, he's fully recovered now. best rep scheme for me?",
         Level.NONE),
        ("my friend had sciatica, he's fine now, but my left leg has gone numb since Monday", Level.PROFESSIONAL),
        # Buzzing as a mood, roasting glutes; a buzzing foot is still a nerve sign.
        ("buzzing after that session, glutes are roasting, thanks!", Level.NONE),
        ("proper buzzin for leg day tomorrow", Level.NONE),
        ("my right foot is buzzing after the set", Level.PROFESSIONAL),
        # Sharp edges and ripped kit are objects; a tear in a muscle is not.
        ("the sharp corner of the plate scratched my shin, which plates are smoother?", Level.NONE),
        ("tore a hole in my shorts on the bench, any tips?", Level.NONE),
        ("felt something tear in my hamstring on the last rep", Level.PROFESSIONAL),
    ],
)
def test_benign_wordings_from_the_eighth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        # Fifth blind set: non-native wording and an accident in the middle of a long message.
        "Hello, after the exercise I am not able to hold the stool, it come out without control. What to do?",
        "I was at a wedding Saturday and since then I've had a couple of accidents where I just didn't make it to "
        "the toilet in time, which never happened before. Is a smith machine fine instead of a barbell?",
        # The same two vocabularies in other pairings.
        "since tuesday i cant control my pee, it just comes out",
        "number two came out by itself during the set, I'm scared",
        "my bladder empties on its own since the heavy session",
        "I couldn't stop peeing once it started, my back hurts too",
    ],
)
def test_loss_of_bladder_or_bowel_control_in_any_pairing_of_words(text: str) -> None:
    result = triage_text(text)
    assert result.level is Level.EMERGENCY
    assert result.has(Flag.BLADDER_BOWEL)


@pytest.mark.parametrize(
    "text",
    [
        "no toilet problems, no accidents, just sore glutes",
        "toilet trips are fine, no leaks at all, only my hamstrings cramp",
        "I had to run to the toilet between sets, too much coffee lol",
        "can't hold the bar steady at the top, also need to pee a lot before training",
        "is a wee bit of back tightness after thrusts okay if it settles in an hour?",
    ],
)
def test_toilet_words_without_a_loss_of_control_are_not_an_emergency(text: str) -> None:
    assert triage_text(text).level < Level.PROFESSIONAL


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sharp pain shoots down my leg when I thrust", True),
        ("my lower back hurts every time I thrust, why?", True),
        ("why does my lower back hurt during hip thrusts?", True),
        ("glutes burning like crazy", True),
        ("how high should the bench be?", False),
        ("why do people get back pain during hip thrusts?", False),
        ("how do I avoid back pain?", False),
        ("great pump today", False),
        ("hello", False),
        ("what if I peed a little during a set?", True),
    ],
)
def test_detect_pain_report(text: str, expected: bool) -> None:
    assert detect_pain_report(text) is expected


def test_general_question_about_pain_is_not_triaged_as_a_report() -> None:
    assert triage_text("can hip thrusts cause sciatica?").level is Level.NONE


# ---------------------------------------------------------------------------------------------------------
# Replies
# ---------------------------------------------------------------------------------------------------------

DIAGNOSTIC_WORDS = (
    "herniat",
    "disc",
    "sciatica",
    "cauda equina",
    "stenosis",
    "fracture",
    "you have a",
    "sprain",
    "tear",
)


def test_emergency_reply_leads_with_emergency_care() -> None:
    reply = compose_reply(triage_text("numbness in my groin and I peed a little"))
    assert reply.startswith("Seek emergency care now (call your local emergency number)")
    assert DISCLAIMER in reply


def test_professional_reply_leads_with_stopping_and_a_referral() -> None:
    reply = compose_reply(triage_text("sharp pain shooting down my leg"))
    assert reply.startswith("Stop hip thrusts and get this checked by a physical therapist or doctor")
    assert DISCLAIMER in reply
    assert reply.index("physical therapist") < reply.index(DISCLAIMER)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("I'm fine myself, but my lifting partner says she can't feel the area she sits on since our session",
         THEIR_EMERGENCY_LEAD),
        ("my client tells me his back has ached for five days since our hip thrust session", THEIR_PROFESSIONAL_LEAD),
    ],
)
def test_a_relayed_report_speaks_of_the_person_described(text: str, lead: str) -> None:
    reply = compose_reply(triage_text(text))
    assert reply.startswith(lead)
    assert "You told me they have" in reply
    assert "You mentioned" not in reply and "If you get" not in reply
    assert DISCLAIMER in reply


@pytest.mark.parametrize(
    "text",
    [
        "my mate had numb legs last year, he's fine now. today I have numbness in my groin",
        "sharp pain in my back, my partner is fine",
    ],
)
def test_the_users_own_signs_beside_someone_else_are_still_theirs(text: str) -> None:
    reply = compose_reply(triage_text(text))
    assert reply.startswith((EMERGENCY_LEAD, PROFESSIONAL_LEAD))
    assert "You mentioned" in reply


def test_modify_reply_gives_the_cues_for_the_lower_back_and_the_pain_rule() -> None:
    reply = compose_reply(triage_text("my lower back aches a bit at the top"))
    assert reply.startswith("Stop the set")
    assert "ribs down" in reply
    assert "posterior tilt" in reply
    assert "5/10" in reply and "next morning" in reply


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("my neck hurts at the top", "gaze"),
        ("the bar hurts my hip bones", "yoga mat"),
        ("hamstrings cramp every set", "too far"),
        ("my quads take over", "too close"),
    ],
)
def test_modify_reply_matches_the_location(text: str, cue: str) -> None:
    assert cue in compose_reply(triage_text(text))


@pytest.mark.parametrize(
    ("text", "names_the_emergency_signs"),
    [
        ("my lower back aches a bit at the top", True),
        ("hamstrings cramp every set", True),
        ("my neck hurts at the top", False),
        ("the bar hurts my hip bones", False),
    ],
)
def test_a_modify_reply_for_the_back_or_legs_names_the_emergency_signs(
    text: str, names_the_emergency_signs: bool
) -> None:
    reply = compose_reply(triage_text(text))
    assert reply.startswith("Stop the set")
    assert (EMERGENCY_WATCH in reply) is names_the_emergency_signs
    assert len(reply) < REPLY_LIMIT


def test_normal_sensation_reply_reassures_and_offers_a_setup_check() -> None:
    reply = compose_reply(triage_text("glutes on fire lol"))
    assert "normal training sensation" in reply
    assert "setup check" in reply


def test_replies_are_chat_sized_plain_text_and_never_diagnose() -> None:
    for case in load_cases(DEV_SET):
        reply = compose_reply(triage_text(case.text))
        assert len(reply) < REPLY_LIMIT, case.text
        assert "*" not in reply and "<" not in reply
        lowered = reply.lower()
        assert not [w for w in DIAGNOSTIC_WORDS if w in lowered], (case.text, reply)


# ---------------------------------------------------------------------------------------------------------
# Structured answers from the /pain flow
# ---------------------------------------------------------------------------------------------------------


def test_red_flag_questions_are_asked_for_the_back_and_legs() -> None:
    for location in (Location.LOWER_BACK, Location.HAMSTRINGS, Location.GLUTES):
        asked = missing_questions(PainAnswers(location=location, feeling=Feeling.ACHE))
        assert set(asked) >= RED_FLAG_QUESTIONS, location
        assert "location" not in asked and "feeling" not in asked


def test_red_flag_questions_are_asked_while_the_location_is_unknown() -> None:
    assert set(missing_questions(PainAnswers())) >= RED_FLAG_QUESTIONS


def test_neck_strain_skips_the_back_red_flags() -> None:
    asked = missing_questions(PainAnswers(location=Location.NECK, feeling=Feeling.ACHE))
    assert not RED_FLAG_QUESTIONS & set(asked)
    assert "severity" in asked


def test_questions_already_answered_in_the_message_are_not_asked_again() -> None:
    result = triage_text("no numbness in my groin, lower back aches, about 3/10")
    asked = missing_questions(result)
    assert "saddle_numbness" not in asked
    assert "severity" not in asked and "location" not in asked
    assert "bladder_bowel" in asked


def test_no_more_questions_once_it_is_an_emergency() -> None:
    assert missing_questions(PainAnswers(location=Location.LOWER_BACK, bladder_bowel=True)) == []


def test_next_morning_question_only_when_pain_lasts_hours() -> None:
    hours = PainAnswers(location=Location.LOWER_BACK, duration=Duration.HOURS)
    minutes = PainAnswers(location=Location.LOWER_BACK, duration=Duration.MINUTES)
    assert "settled_next_morning" in missing_questions(hours)
    assert "settled_next_morning" not in missing_questions(minutes)


@pytest.mark.parametrize(
    ("answers", "level"),
    [
        (PainAnswers(location=Location.GLUTES, feeling=Feeling.BURN), Level.NONE),
        (PainAnswers(location=Location.LOWER_BACK, feeling=Feeling.ACHE), Level.MODIFY),
        (PainAnswers(location=Location.LOWER_BACK, feeling=Feeling.ACHE, severity=7), Level.MODIFY),
        (PainAnswers(location=Location.LOWER_BACK, feeling=Feeling.SHARP), Level.PROFESSIONAL),
        (PainAnswers(location=Location.LOWER_BACK, duration=Duration.WEEKS), Level.PROFESSIONAL),
        (PainAnswers(location=Location.LOWER_BACK, feeling=Feeling.ACHE, fever=True), Level.PROFESSIONAL),
        (PainAnswers(location=Location.LOWER_BACK, form_fix_failed=True), Level.PROFESSIONAL),
        (PainAnswers(location=Location.LOWER_BACK, saddle_numbness=True), Level.EMERGENCY),
        (PainAnswers(location=Location.HIPS, fall_trauma=True, severity=9), Level.EMERGENCY),
    ],
)
def test_answers_set_the_level(answers: PainAnswers, level: Level) -> None:
    assert triage_answers(answers).level is level


def test_text_and_answers_combine_and_the_most_severe_wins() -> None:
    answers = PainAnswers(location=Location.GLUTES, feeling=Feeling.BURN, saddle_numbness=False)
    assert triage_answers(answers).level is Level.NONE
    combined = triage_answers(answers, "also I peed a little during the set")
    assert combined.level is Level.EMERGENCY
    assert combined.answers.bladder_bowel is True


def test_a_no_to_a_red_flag_does_not_hide_the_same_sign_in_the_text() -> None:
    answers = PainAnswers(location=Location.LOWER_BACK, saddle_numbness=False)
    assert triage_answers(answers, "my groin feels numb").level is Level.EMERGENCY


def test_flow_values_become_answers() -> None:
    answers = answers_from_values(
        {
            "location": "lower_back",
            "feeling": "tingling",
            "severity": 4,
            "red_flags": ["night_pain"],
            "settled_next_morning": "not_yet",
        }
    )
    assert answers.location is Location.LOWER_BACK
    assert answers.night_pain is True and answers.fever is False
    assert answers.settled_next_morning is None
    assert triage_answers(answers).level is Level.PROFESSIONAL


# ---------------------------------------------------------------------------------------------------------
# The labelled set
# ---------------------------------------------------------------------------------------------------------


def test_dev_set_is_broad_enough() -> None:
    cases = load_cases(DEV_SET)
    assert len(cases) >= 140
    assert {c.level for c in cases} == set(Level)
    assert sum(c.level is Level.NONE and not detect_pain_report(c.text) for c in cases) >= 20


def test_dev_set_meets_the_safety_targets() -> None:
    cases = load_cases(DEV_SET)
    scores = evaluate_triage(cases)
    missed = [(m.text, str(m.expected), str(m.got)) for m in scores.misses]
    assert scores.emergency_recall == 1.0, missed
    assert scores.professional_recall == 1.0, missed
    assert scores.benign_escalation <= 0.10, missed
    assert scores.exact >= 0.90, missed
    assert scores.meets_targets


def test_dev_set_expected_flags_are_found() -> None:
    wrong = [
        (c.text, c.flags, triage_text(c.text).flags)
        for c in load_cases(DEV_SET)
        if not set(c.flags) <= set(triage_text(c.text).flags)
    ]
    assert wrong == []


def test_held_out_set_meets_the_safety_floors() -> None:
    scores = evaluate_triage(load_cases(HELD_OUT_SET))
    missed = [(m.text, str(m.expected), str(m.got)) for m in scores.misses]
    assert scores.emergency_recall >= HELD_OUT_EMERGENCY_FLOOR, missed
    assert scores.professional_recall >= HELD_OUT_PROFESSIONAL_FLOOR, missed
    assert scores.benign_escalation <= 0.10, missed
    assert scores.exact >= 0.90, missed


def test_scores_take_loaded_cases_and_plain_pairs_alike() -> None:
    cases = load_cases(DEV_SET)[:20]
    assert evaluate_triage(cases) == evaluate_triage([(c.text, c.level) for c in cases])


def test_scores_count_a_missed_emergency() -> None:
    scores = evaluate_triage([("great pump today", Level.EMERGENCY), ("hi", Level.NONE)])
    assert scores.emergency_recall == 0.0
    assert scores.exact == 0.5
    assert not scores.meets_targets


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # One leg weak in lay words, worse by the hour; tripping over nothing again and again.
        ("my left leg feels floppy and it's getting worse through the afternoon", Level.EMERGENCY),
        ("left knee keeps giving way, more every hour since lunch", Level.EMERGENCY),
        ("tripped over nothing three times on the way home, right foot feels weird", Level.EMERGENCY),
        ("I trip over nothing all the time lol, glutes sore from thrusts", Level.NONE),
        ("legs a bit floppy after 5 sets of heavy thrusts, normal?", Level.NONE),
        # Retention in lay words, at "the ladies" or "the gents"; the ladies at the gym are people.
        ("at the gents for ages this morning and nothing would come, back aches since deadlifts", Level.EMERGENCY),
        ("couldn't get the water started in the loo last night, lower back sore", Level.EMERGENCY),
        ("can't get the flow going in my workouts lately, any tips for hip thrust rhythm?", Level.NONE),
        # A crick or a neck craned to watch the hips is a neck form fix; a chin-tuck question is not.
        ("woke up with a crick in my neck after hip thrusts", Level.MODIFY),
        ("my coach says I'm craning my neck up to see the bar at lockout", Level.MODIFY),
        ("should I keep my chin tucked or look forward during thrusts?", Level.NONE),
        # The bar "hard on" the hips.
        ("that barbell is rough on my hip bones, any pad recommendations?", Level.MODIFY),
        # A past problem the user calls completely over; a return of it still counts.
        ("had a disc bulge in 2018, completely gone, just want a good glute program", Level.NONE),
        ("had sciatica back in 2019, totally cleared, but it's shooting down my leg again now", Level.PROFESSIONAL),
        # Pain the user calls normal soreness is DOMS; pain they say is not normal is not.
        ("my bum hurts a bit since yesterday's thrusts, just normal soreness I think", Level.NONE),
        ("my glutes hurt since yesterday, not normal soreness, sharp when I sit", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_ninth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Saddle numbness as a patch gone dead where one sits, or as sitting on a seat that is not there; a lawn's
        # dead patch or a dead spot in the rep is no numbness.
        ("since this morning there's a dead patch on my bum where it touches the chair", Level.EMERGENCY),
        ("feels like I'm sitting on a pillow that isn't there when I'm on the sofa", Level.EMERGENCY),
        ("a dead patch on the outside of my thigh since Monday", Level.PROFESSIONAL),
        ("the grass at the park has a dead patch where we do our outdoor thrusts lol", Level.NONE),
        ("I hit a dead spot at the top of each rep, any tips?", Level.NONE),
        # A bar that gets away and strikes the body, with severe pain or a leg that will not carry: an emergency.
        ("the barbell slipped off my hips and crashed onto my stomach, pain 8 out of 10", Level.EMERGENCY),
        ("the plates rolled off and landed on my foot, it's swollen and I cannot walk good", Level.EMERGENCY),
        ("bar slid and hit my pelvis, very very painful, 9 from 10", Level.EMERGENCY),
        ("the bar slips a little on my hips during sets, should I use a pad?", Level.NONE),
        ("bar slipped off the rack and hit the floor, didn't touch me", Level.NONE),
        # Foot drop in lay words and a weakness that is growing, said in the same or the next sentence.
        ("my left foot is floppy and I can't lift the front of my foot, getting worse each day", Level.EMERGENCY),
        ("I can't pull my toes up on the right side, and now my calf is getting weak too", Level.EMERGENCY),
        ("my right leg feels weak after heavy sets. Worse every day.", Level.EMERGENCY),
        ("I cannot walk on my heels anymore since Monday", Level.EMERGENCY),
        ("I keep having to drag the left leg up the stairs since the weekend", Level.EMERGENCY),
        ("my legs are tired after training, they get stronger every day", Level.NONE),
        ("I can't lift the bar off my lap easily, is it too heavy?", Level.NONE),
        # Retention in Nigerian Pidgin and in pushing or stop-start words.
        ("ehen coach, I wan wee since morning but e no gree, belle full", Level.EMERGENCY),
        ("abeg my piss no dey come since morning, back dey pain me", Level.EMERGENCY),
        ("I have to push really hard to pee since my back went", Level.EMERGENCY),
        ("peeing is stop-start since Tuesday and my back is sore", Level.EMERGENCY),
        ("I wan go gym today but my legs no gree, tired well well", Level.NONE),
        ("I no wan come gym today, glutes dey burn from yesterday", Level.NONE),
        # Numbness that began in one limb and has reached both legs.
        ("tingling began in my right toes last week, now it has spread into both legs", Level.EMERGENCY),
        ("pins and needles in my left foot yesterday, today it's in both feet", Level.EMERGENCY),
        ("my left foot went numb during the set, both legs feel fine otherwise", Level.PROFESSIONAL),
        # Back pain still there days later, with today's weekday said after a comma.
        ("hurt my lower back Monday, today, Friday, it is still there, about 3/10", Level.PROFESSIONAL),
        ("my glutes were sore on Monday; today, Wednesday, they feel great", Level.NONE),
        # A path from the seat or the back into the leg, however many words come between.
        ("there's an ache that travels like a cord from my bum down into my calf", Level.PROFESSIONAL),
        ("the pain runs from my lower back all the way down to my foot when I sneeze", Level.PROFESSIONAL),
        ("I feel the stretch from my glutes to my knees at the bottom", Level.NONE),
        # Someone else over 50 with new back pain; someone else's age alone, or their past diagnosis, is nothing.
        ("my mum (71) just started with lower back pain after her first class, first time ever", Level.PROFESSIONAL),
        ("she's 66 and her back has started hurting since she joined, never had it before", Level.PROFESSIONAL),
        ("my grandma, 80, is doing hip thrusts with me, she loves them", Level.NONE),
        ("No numbness in my legs, my brother had a slipped disc so I was worried. All good", Level.NONE),
        ("my dad had cancer, I'm 40, can I do hip thrusts?", Level.NONE),
        ("my aunt had sciatica years ago, I now get shooting pain down my leg", Level.PROFESSIONAL),
        # Age over 50 is a red flag only with new back pain, not with pain elsewhere or a back said to be fine.
        ("I'm 63 and my neck aches from looking at my hips", Level.MODIFY),
        ("I'm 70, glutes a bit sore two days later, back feels fine", Level.NONE),
        ("at 61 my hamstrings cramp on the last reps, back is totally fine", Level.MODIFY),
        ("I'm 55 and this week my lower back started aching after thrusts, first time", Level.PROFESSIONAL),
        # The time of a session is no night pain; pain at night still is.
        ("I do my sessions late at night after work, glutes burning, all good", Level.NONE),
        ("I train at night, lower back ached a bit in the last set, gone by morning", Level.MODIFY),
        ("my lower back aches at night and wakes me up", Level.PROFESSIONAL),
        # Buttocks hurting the day after a session is DOMS; a sharp stab or a week of it is not.
        ("my glutes are paining me since yesterday's workout, hard to climb stairs haha, normal?", Level.NONE),
        ("my butt hurts the day after, is that normal?", Level.NONE),
        ("my buttocks are paining me since yesterday's session, a sharp stab when I sit", Level.PROFESSIONAL),
        ("my glutes have been paining me for a week now", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_tenth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("dropped the bar and it rolled off and came down on my belly, I can't stand up", Flag.TRAUMA_SEVERE),
        ("my urine no gree comot since two days", Flag.BLADDER_BOWEL),
        ("my foot is weak, I can't lift the toes, and now the thigh is getting weak", Flag.PROGRESSIVE_WEAKNESS),
        ("numb feeling started in my right foot, now it is in both legs up to the knees", Flag.BOTH_LEGS),
        ("a dead patch where I sit since yesterday", Flag.SADDLE_NUMBNESS),
        ("my client (58) says her lower back started hurting this week, never before", Flag.AGE_OVER_50_NEW),
    ],
)
def test_emergency_and_red_flags_from_the_tenth_blind_set(text: str, flag: Flag) -> None:
    assert triage_text(text).has(flag)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("I'm 66 and my quads take over on thrusts, back is fine", Flag.AGE_OVER_50_NEW),
        ("I'm 58 and my back feels great, glutes sore the next day", Flag.AGE_OVER_50_NEW),
        ("I lift late at night, hamstrings cramp a bit", Flag.NIGHT_PAIN),
        ("no tingling at all, my cousin had sciatica so I checked", Flag.RADIATING),
    ],
)
def test_spec_bugs_fixed_from_the_tenth_blind_set(text: str, absent: Flag) -> None:
    assert not triage_text(text).has(absent)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dialect "me" for "my" before a body part; lay weak legs with both named or getting worse; "stacked it".
        ("me legs are like jelly and getting worse by the hour", Level.EMERGENCY),
        ("both me feet have gone numb since this morning", Level.EMERGENCY),
        ("both me legs are wobbly and they're way worse now than at lunch, nearly went down twice", Level.EMERGENCY),
        ("me legs went to jelly after the last set of thrusts, fine after a rest", Level.NONE),
        ("my legs were shaky after leg day, way better today", Level.NONE),
        ("my coach showed me glute bridges today, glutes burning", Level.NONE),
        ("call me back when you can, glutes are sore", Level.NONE),
        ("stacked it on my bike yesterday and landed on my tailbone, it hurts", Level.PROFESSIONAL),
        ("stacked it up to 120 for my top set, glutes on fire", Level.NONE),
        # An accident in clothes of any name, or with no warning; a road accident or a spilled shake is no such thing.
        ("wet me joggers on the walk home and didn't even notice till I got in", Level.EMERGENCY),
        ("had a little accident in my undies at the gym, no idea it was happening", Level.EMERGENCY),
        ("he had an accident in his tracksuit bottoms during the set", Level.EMERGENCY),
        ("had an accident today, no warning at all, had to go home and change", Level.EMERGENCY),
        ("had an accident in the car last year, no warning, back's fine now", Level.NONE),
        ("spilled my protein shake on my shorts, total accident", Level.NONE),
        ("an accident in my shorts - they split at the seam lol", Level.NONE),
        ("had a wee accident with the bar, it rolled onto the floor, no warning", Level.NONE),
        ("I need to pee a lot during sets, no warning signs otherwise though", Level.NONE),
        # The urge to go not felt, in any tense; feeling it less often mid-session is not a loss.
        ("haven't had the urge to wee since yesterday morning even after loads of water, belly feels tight",
         Level.EMERGENCY),
        ("she hasn't felt the need to go to the toilet all day and her back is sore", Level.EMERGENCY),
        ("I've no been able to pee since this morning, back's been stiff", Level.EMERGENCY),
        ("since I cut the coffee I don't feel the need to pee as often mid-session", Level.NONE),
        ("haven't felt the need to deload yet, glutes feel great", Level.NONE),
        # Saddle numbness in slang, for someone else too; a sore arse and the bog-standard programme are not.
        ("my mate says he can't feel his willy or his backside since leg day", Level.EMERGENCY),
        ("my brother reckons his arse has gone numb when he sits on the bog", Level.EMERGENCY),
        ("can't feel me arse on the toilet seat since yesterday", Level.EMERGENCY),
        ("my arse is sore from yesterday's thrusts haha", Level.NONE),
        ("glutes burn like hell, my arse is on fire", Level.NONE),
        ("this bog standard hip thrust program is boring, any tips?", Level.NONE),
        # Pain lasting a fortnight, ten days, "hanging around", "hasn't budged"; how long someone has trained is not.
        ("lower back's been niggling for a fortnight and isn't easing", Level.PROFESSIONAL),
        ("my back's been nipping for ten days", Level.PROFESSIONAL),
        ("the ache in my lower back has been hanging around for 12 days now", Level.PROFESSIONAL),
        ("that niggle in my hip hasn't budged in a week", Level.PROFESSIONAL),
        ("been doing thrusts for a fortnight now, glutes burn nicely", Level.NONE),
        ("been doing hip thrusts for 3 weeks and loving them, glutes burn", Level.NONE),
        ("sorry for the late reply, been away for a fortnight, glutes feel good", Level.NONE),
        ("my glutes ache. It's been like this for 2 weeks", Level.PROFESSIONAL),
        # A relative over 50 with new back pain, the age said with "'s" or with no "my"; their age alone is nothing.
        ("my dad's 64 and his lower back started aching after our session, first time in his life", Level.PROFESSIONAL),
        ("nan is 78 and her lower back hurts since she started the class", Level.PROFESSIONAL),
        ("my dad's 62 and loves hip thrusts, what weight should he start with?", Level.NONE),
        ("my mum's 70 and her glutes are sore two days later", Level.NONE),
        # The back or the quads doing the glutes' work, in dialect and slang; idle glutes with no back named are fine.
        ("feel it more in me back than me bum", Level.MODIFY),
        ("feeling it all in the front of me thighs", Level.MODIFY),
        ("my back's carrying every rep and my glutes are on holiday", Level.MODIFY),
        ("glutes are just vibing today, nice easy session", Level.NONE),
        ("my back feels great and my glutes are on fire", Level.NONE),
        # Numbness in one leg for some days, the other side normal, is no worsening.
        ("outside of my left calf has been going numb on and off for a week, right leg is fine", Level.PROFESSIONAL),
        ("my right foot has been going numb since Friday, left foot normal", Level.PROFESSIONAL),
        ("my left leg is getting numb and weaker by the hour", Level.EMERGENCY),
        # Effort ratings and screaming glutes are no pain; a screaming back and a pain score still are.
        ("RPE 10 on the last set, glutes fried", Level.NONE),
        ("effort 9/10, pain maybe 2/10 in the lower back, gone by morning", Level.MODIFY),
        ("the bar on my hip bones was about 6/10 pain even with a towel", Level.MODIFY),
        ("glutes absolutely screaming after 4x12, loved it", Level.NONE),
        ("my lower back is screaming in pain after thrusts", Level.PROFESSIONAL),
        ("pain was 9/10 in my lower back on the top set, effort 8/10", Level.PROFESSIONAL),
        ("I rate this program 10/10, glutes growing", Level.NONE),
        ("the session was 9/10 pain in my lower back", Level.PROFESSIONAL),
        # Numb hands, fingers or face are no leg sign; named with the feet, they still are.
        ("scalp went tingly after my pre-workout", Level.NONE),
        ("hands went numb gripping the bar", Level.NONE),
        ("tingling in my hands and feet since the session", Level.PROFESSIONAL),
        ("pins and needles in both feet and my fingers", Level.EMERGENCY),
        ("beta alanine makes my face tingle but now my left foot is numb too", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_eleventh_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A number for the bar pressing on the hips is the pad question: the net may not make it an emergency.
        ("the bar on my hip bones was about 6/10 pain even with a towel", Level.MODIFY),
        # Numbness in one leg the user says is the only side: a referral at most.
        ("my right foot has been going numb since Friday, left foot normal", Level.PROFESSIONAL),
        # An impact keeps the net's full say.
        ("the bar slipped and hit my hip bones, about 6/10 pain", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_eleventh_blind_set(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("both me legs have gone all rubbery since lunch", Flag.BOTH_LEGS),
        ("had an accident in my knickers on the way to work, zero warning", Flag.BLADDER_BOWEL),
        ("not once had the urge to pee today although I've drunk loads", Flag.BLADDER_BOWEL),
        ("he can't feel his todger when he goes to the jacks", Flag.SADDLE_NUMBNESS),
        ("my back's been nippin for a fortnight now", Flag.NOT_SUBSIDING),
        ("my gran's 81 and her lower back has started hurting, never had it before", Flag.AGE_OVER_50_NEW),
        ("my lower back is lowkey doing the whole set, glutes chilling", Flag.BACK_NOT_GLUTES),
        ("feel it mostly in the front of my legs", Flag.QUADS_DOMINANT),
        ("nearly stacked it in the shower this morning", Flag.FALL_TRAUMA),
    ],
)
def test_flags_from_the_eleventh_blind_set(text: str, flag: Flag) -> None:
    assert triage_text(text).has(flag)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("RPE 9/10 on the last set, glutes toasted", Flag.SEVERE_PAIN),
        ("a 10/10 session, glutes pumped", Flag.SEVERITY_OVER_5),
        ("my glutes were absolutely screaming on the last set", Flag.SEVERE_PAIN),
        ("my lips go tingly from the pre-workout", Flag.LEG_NUMBNESS_TINGLING),
        ("outside of my thigh has been going numb for a few days", Flag.PROGRESSIVE_WEAKNESS),
    ],
)
def test_spec_bugs_fixed_from_the_eleventh_blind_set(text: str, absent: Flag) -> None:
    assert not triage_text(text).has(absent)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Not feeling what one sits on is the saddle area; a bench "under" the back is the thrust's pad.
        ("since this morning I can barely feel the office chair under me", Level.EMERGENCY),
        ("couldn't tell if the toilet seat was cold this morning", Level.EMERGENCY),
        ("can't feel the cold of the stadium seats after my session", Level.EMERGENCY),
        ("couldn't feel the driver's seat at all on the way home, like I was floating", Level.EMERGENCY),
        ("couldn't feel the difference between the two seat heights", Level.NONE),
        ("the bar felt like I was floating it up today", Level.NONE),
        # Wiping that meets nothing, or a stranger; wiping down the kit is no symptom.
        ("when I wipe it's like the skin isn't even there", Level.EMERGENCY),
        ("wiping today felt like somebody else's bum", Level.EMERGENCY),
        ("wiped down the bench after my set, someone else's sweat was on it gross", Level.NONE),
        # Both legs told by what they no longer do; a sore-legs joke about the handrail is DOMS.
        (
            "my legs feel like sandbags since this morning and I have to pull myself up the stairs by the banister",
            Level.EMERGENCY,
        ),
        ("since lunch my legs can't stand up from the chair without using my arms", Level.EMERGENCY),
        ("legs so sore from squats I had to pull myself up the stairs by the handrail lol", Level.NONE),
        ("after leg day I can't get off the toilet without using my arms haha", Level.NONE),
        ("my legs felt heavy after 5x5 squats", Level.NONE),
        ("legs getting heavier every minute of the set, is that normal", Level.NONE),
        # A bare "both" that answers or corrects points back to the legs; to exercises or glutes it does not.
        ("correction: it's both, my feet are tingling", Level.EMERGENCY),
        ("my feet tingled after the session and now both are numb", Level.EMERGENCY),
        ("did squats and thrusts, both of them made my legs shaky", Level.NONE),
        ("my glutes are sore, both of them", Level.NONE),
        ("my left leg is tingly, both are fine otherwise", Level.PROFESSIONAL),
        # Spreading told as a timeline or a climb; where it sits now is no course.
        ("the tingling started in my toes and has crept up past my shin", Level.EMERGENCY),
        ("numb spot on my calf yesterday, this morning it's the whole calf", Level.EMERGENCY),
        ("my right leg went numb after thrusts and now the left one is starting to go too", Level.EMERGENCY),
        ("tingling goes from my foot up to my knee", Level.PROFESSIONAL),
        ("my foot went numb during the set, today the whole foot feels normal again", Level.PROFESSIONAL),
        # Incontinence told by its cost; changing after sweat or plans is no sign.
        ("had to change my knickers at work, I never felt it happening", Level.EMERGENCY),
        ("swapped my shorts after class, didn't notice I'd leaked", Level.EMERGENCY),
        ("had to change my shorts after the session, didn't know I was going to sweat that much", Level.NONE),
        ("changed my leggings because I didn't know we were going out after the gym", Level.NONE),
        # Jamaican Patois and the spec's trauma signs: can't bear weight, big swelling.
        ("di bar roll off an drop pon mi foot, now it swell up big an mi cyaan put weight pon it", Level.EMERGENCY),
        ("the plate slipped and landed on my foot and I can't put any weight on it", Level.EMERGENCY),
        ("bar fell onto my hip, it's swollen like an egg", Level.EMERGENCY),
        ("bar drop pon di pins, all good mi fine", Level.NONE),
        ("my ankle is a bit swollen from running, can walk fine", Level.NONE),
        # Days of the week, a twang, a reply about the leg: referrals.
        ("hurt my back on monday, it's wednesday now and it's not much better", Level.PROFESSIONAL),
        ("my lower back tweaked on friday and the pain is still around, it's sunday today", Level.PROFESSIONAL),
        ("my glutes were sore on monday, it's wednesday now and they feel great", Level.NONE),
        ("felt a twang in my hamstring on the last rep and now I can't bend my knee properly", Level.PROFESSIONAL),
        ("my guitar has a nice twang lol, glutes pumped", Level.NONE),
        ("instant pump in the glutes with the band", Level.NONE),
        ("it can go down into my calf sometimes", Level.PROFESSIONAL),
        ("burning like a live wire from my hip to my ankle", Level.PROFESSIONAL),
        ("I go down onto my knees to load the plates", Level.NONE),
        # Over-escalations: another muscle working, someone else's condition, a past problem, the set's own burn.
        ("quads burning like crazy, glutes feel nothing at all", Level.MODIFY),
        ("my bum feels nothing when I sit down", Level.EMERGENCY),
        ("my dad lost feeling in his feet from diabetes years ago, I feel great though, how many sets?", Level.NONE),
        ("tweaked my lower back 2 years ago, sorted out by a chiro, nothing since", Level.NONE),
        ("pulled my hamstring last summer, fully healed now", Level.NONE),
        ("glutes still pumped this morning from yesterday lol", Level.NONE),
        ("my lower back still aches today from yesterday's session", Level.MODIFY),
        # Under-calls: a note without "my", feeling the back arch, emoji for the quads.
        ("back kinda stiff today after thrusts yesterday", Level.MODIFY),
        ("I notice my lower back arching at the top of every rep", Level.MODIFY),
        ("front thighs 🔥 but nothing in the glutes", Level.MODIFY),
        ("back at the gym after a month off, glutes burned nicely", Level.NONE),
        ("glutes 🔥🔥 best session ever", Level.NONE),
    ],
)
def test_wordings_from_the_twelfth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("couldn't tell if the toilet seat was cold this morning", Flag.SADDLE_NUMBNESS),
        ("correction: it's both, my feet are tingling", Flag.BOTH_LEGS),
        ("the tingling started in my toes and has crept up past my shin", Flag.PROGRESSIVE_WEAKNESS),
        ("swapped my shorts after class, didn't notice I'd leaked", Flag.BLADDER_BOWEL),
        ("di bar roll off an drop pon mi foot, now it swell up big an mi cyaan put weight pon it", Flag.TRAUMA_SEVERE),
        ("felt a twang in my hamstring on the last rep", Flag.POP_INJURY),
        ("it can go down into my calf sometimes", Flag.RADIATING),
        ("my lower back tweaked on friday and the pain is still around, it's sunday today", Flag.NOT_SUBSIDING),
        ("I notice my lower back arching at the top of every rep", Flag.BACK_NOT_GLUTES),
        ("the ache wakes me at 4am most nights", Flag.NIGHT_PAIN),
        ("I can't get any pee out since this morning", Flag.BLADDER_BOWEL),
    ],
)
def test_flags_from_the_twelfth_blind_set(text: str, flag: Flag) -> None:
    assert triage_text(text).has(flag)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Spanish: the urge, nothing coming out, numb legs; the gym bathroom and a passing ache are no sign.
        ("desde el lunes no siento cuando necesito orinar, it just happens, and my back is sore", Level.EMERGENCY),
        ("tried to pee after the session pero no me sale nada, vejiga llena, back hurts", Level.EMERGENCY),
        ("after deadlifts las dos piernas están dormidas y débiles, cada hora peor", Level.EMERGENCY),
        ("la ingle está entumida since this morning, back pain too", Level.EMERGENCY),
        ("fui al baño del gym entre series, the line was long lol. glutes on fire", Level.NONE),
        ("no siento nada en los glúteos, quads doing all the work", Level.MODIFY),
        ("la espalda baja cargada después de thrusts pero se me pasa en un rato", Level.MODIFY),
        # Portuguese: both legs tingling, a pop, a numb thigh on one side, a hamstring cramp; a cramp-free session.
        ("depois do treino as duas pernas tão formigando, piorando a cada hora", Level.EMERGENCY),
        ("quando vou fazer xixi não sai nada, bexiga cheia, costas doendo", Level.EMERGENCY),
        ("minha perna direita tá dormente desde ontem, só a direita", Level.PROFESSIONAL),
        ("o posterior de coxa dá câimbra no fim da série", Level.MODIFY),
        ("treino de glúteo hoje foi top, bunda queimando", Level.NONE),
        # Tagalog: nothing comes out, a full bladder, pain down one leg; a happy DOMS note.
        ("kanina pa ako umihi pero walang lumalabas, puno na pantog ko", Level.EMERGENCY),
        ("yung sakit sa likod bumababa hanggang binti ko, right side lang", Level.PROFESSIONAL),
        ("sa likod ko ramdam ko yung bridge hindi sa pwet", Level.MODIFY),
        ("sakit ng pwet ko pero DOMS lang, sarap", Level.NONE),
        # German: numb down there, a stab in the low back, both legs tingling; deafness and a good session are not.
        ("seit dem training untenrum nichts gespürt, rücken tut weh", Level.EMERGENCY),
        ("beide beine kribbeln und sind schwach, wird immer schlimmer", Level.EMERGENCY),
        ("beim aufstehen ein stechender schmerz im unteren rücken", Level.PROFESSIONAL),
        ("mein opa ist taub, er hört den coach nicht, glutes brennen gut", Level.NONE),
        ("ich bin auf einem ohr taub seit der kindheit, thrusts liefen super", Level.NONE),
        # French: both legs numb, retention; a bit of neck strain; a good session.
        ("les deux jambes engourdies depuis ce matin, de pire en pire", Level.EMERGENCY),
        ("j'ai envie d'uriner mais rien ne sort depuis 3h, mal au dos", Level.EMERGENCY),
        ("j'ai 58 ans and this is a brand new douleur en bas du dos, never had it", Level.PROFESSIONAL),
        ("un peu mal à la nuque après les thrusts", Level.MODIFY),
        ("super séance, les fessiers brûlent bien", Level.NONE),
        # Hindi: numb under the bum, back pain that will not go.
        ("bum ke neeche sunn ho gaya hai since the session, kamar mein dard", Level.EMERGENCY),
        ("kamar ka dard 12 din se nahi ja raha", Level.PROFESSIONAL),
        # A partner's two legs, a bath or shower that is not felt down there, dictated punctuation, wet sheets.
        ("my husband says both his legs are like noodles and he can't lift his feet off the floor", Level.EMERGENCY),
        ("her legs were like jelly after the last set lol, she loved it", Level.NONE),
        ("the shower felt warm everywhere except my groin, lower back aches", Level.EMERGENCY),
        ("the 100kg felt like nothing today, glutes burning", Level.NONE),
        ("quick one comma after thrusts my inner thighs feel numb period back sore question mark", Level.EMERGENCY),
        ("coach comma is it ok to train on my period question mark glutes a bit sore", Level.NONE),
        ("woke up this morning and the bed was soaked, not sweat, back killing me since deadlifts", Level.EMERGENCY),
        ("woke up and the sheets were wet with sweat, weird dream, glutes sore", Level.NONE),
        ("been trying to wee for two hours and nothing, lower back tight", Level.EMERGENCY),
        ("cant sleep, too hyped about my new pr lol", Level.NONE),
        ("cant sleep because my lower back throbs", Level.PROFESSIONAL),
        # Pain that stays through cues and days.
        ("braced and tucked like you said. still the same back pain", Level.PROFESSIONAL),
        ("my back ache is still there, day 5 since the session", Level.PROFESSIONAL),
        ("she feels the hip thrust mostly in her lower back, what cue helps", Level.MODIFY),
    ],
)
def test_wordings_from_the_thirteenth_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("kanina pa ako umihi pero walang lumalabas, puno na pantog ko", Flag.BLADDER_BOWEL),
        ("seit dem training untenrum nichts gespürt, rücken tut weh", Flag.SADDLE_NUMBNESS),
        ("depois do treino as duas pernas tão formigando, piorando a cada hora", Flag.BOTH_LEGS),
        ("les deux jambes engourdies depuis ce matin, de pire en pire", Flag.PROGRESSIVE_WEAKNESS),
        ("yung sakit sa likod bumababa hanggang binti ko, right side lang", Flag.RADIATING),
        ("beim aufstehen ein stechender schmerz im unteren rücken", Flag.SHARP),
        ("the shower felt warm everywhere except my groin, lower back aches", Flag.SADDLE_NUMBNESS),
        ("woke up this morning and the bed was soaked, not sweat, back killing me since deadlifts", Flag.BLADDER_BOWEL),
        ("braced and tucked like you said. still the same back pain", Flag.FORM_FIX_FAILED),
        ("my back ache is still there, day 5 since the session", Flag.NOT_SUBSIDING),
    ],
)
def test_flags_from_the_thirteenth_blind_set(text: str, flag: Flag) -> None:
    assert triage_text(text).has(flag)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A reply that confirms the saddle area; a reply about pain there is a different answer.
        ("yeah, the inner thighs and down there, since this morning", Level.EMERGENCY),
        ("yes my groin hurts a bit after the session", Level.MODIFY),
        # Someone else's body, and the ache words older lifters use.
        ("my son feels thrusts in the fronts of his thighs instead of his glutes", Level.MODIFY),
        ("my lower back feels grumbly after thrusts but settles by dinner", Level.MODIFY),
        ("a slight achiness in my lower back at lockout, gone within the hour", Level.MODIFY),
        # Old leaks on a sneeze are not a new bladder problem; a new one is.
        (
            "I've had a tiny leak when I laugh for years since my kids, nothing new. Glutes are sore from thrusts.",
            Level.NONE,
        ),
        ("since yesterday I leak when I cough and I never did before, back is killing me", Level.EMERGENCY),
        ("I've leaked when I sneeze for years but since yesterday I can't hold my pee at all", Level.EMERGENCY),
        # Toilet talk about training.
        ("do you pee a lot on heavy days? I drink 3 litres at the gym", Level.NONE),
    ],
)
def test_wordings_from_the_fourteenth_and_fifteenth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("she felt a tearing sensation in her glute on the last rep", Flag.POP_INJURY),
        ("he wakes up at 4am with his lower back aching, every night this week", Flag.NIGHT_PAIN),
        ("the backs of her thighs lock up in a cramp at the top", Flag.HAMSTRING_CRAMP),
        ("log: LBP after HT tue -> pain back thu", Flag.RECURRING),
        ("same ache after every session, pattern for 3 weeks now, LBP after HT", Flag.RECURRING),
        ("71 y.o., new LBP since I started thrusts last month", Flag.AGE_OVER_50_NEW),
    ],
)
def test_flags_from_the_fourteenth_and_fifteenth_blind_sets(text: str, flag: Flag) -> None:
    assert triage_text(text).has(flag)


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # The signs said to be absent and one leg named: the net may refer, not call an emergency.
        (
            "no bowel or bladder changes, no numbness in the groin - just my left calf tingles since Sunday",
            Level.PROFESSIONAL,
        ),
        ("R calf numb after thrusts, L fine, toilet all normal", Level.PROFESSIONAL),
        ("my left shin has been numb for 2 days, the right is normal", Level.PROFESSIONAL),
        ("tripped over the plates and landed on my bum, a bit sore, nothing serious", Level.PROFESSIONAL),
        # Toilet talk about training: the rules' reading stands.
        ("should I go to the toilet before heavy sets? a full bladder makes bracing awkward", Level.NONE),
        # An affirmed sign beside a denied one keeps the net's full say.
        ("no problem with the toilet but both my feet are numb since this morning", Level.EMERGENCY),
        ("right leg numb, left normal, and I can't hold my pee since this morning", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_fourteenth_and_fifteenth_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An emoji ends a clause: the denial before it does not reach the sign after it.
        ("could sleep on a bed of nails and not notice 😂 inner thighs numb since deadlift day", Level.EMERGENCY),
        # The "I" left out of a report that ends in a question.
        ("had a tumour removed years ago, now my lower back aches after thrusts, should I worry?", Level.PROFESSIONAL),
        ("my lower back aches worst around 2am, not during the session", Level.PROFESSIONAL),
        ("glute went ping on the last rep and now it hurts to walk", Level.PROFESSIONAL),
        ("why do i feel thrusts in my lower back and not my glues", Level.MODIFY),
        ("my lower back gets more of a pump than my glutes on these", Level.MODIFY),
        ("my low back is doing all the lifting, glutes asleep", Level.MODIFY),
        # Not the user's symptom: a hypothetical, a claim about the lift, a laugh, a glute rating, toilet small talk.
        ("hypothetically, if you fell off the bench mid set, what then", Level.NONE),
        ("my coach says thrusts give you sciatica, true?", Level.NONE),
        ("the whole gym pissed themselves laughing when my bench tipped", Level.NONE),
        ("felt it in my glutes 9/10 today, best session yet", Level.NONE),
        ("had a big coffee and had to pee like 4 times during the session", Level.NONE),
        ("popped to the loo mid workout and my lower back felt a bit tight after, fine now", Level.MODIFY),
        # Coming back from somewhere is not pain coming back.
        ("came back from a week off and my lower back is tight on thrusts", Level.MODIFY),
        ("the ache came back after my last two sessions", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_sixteenth_and_seventeenth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("fell on my coccyx getting off the bench, sore but manageable", Level.PROFESSIONAL),
        ("my left calf goes numb when I drive, only the left one", Level.PROFESSIONAL),
        # A sore neck from the head position; a blow to the head keeps the net's full say.
        ("my neck is killing me, I keep cranking my head up to watch the bar", Level.MODIFY),
        ("banged my head on the rack and my neck is killing me", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_sixteenth_and_seventeenth_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Scots, Nigerian Pidgin and Tagalog wordings.
        ("ma lower back's been sair fir near a fortnight noo and it hasnae eased", Level.PROFESSIONAL),
        ("thought it'd settle by the weekend, it hasn't, my back still aches", Level.PROFESSIONAL),
        ("my waist dey pain me after thrusts but e don calm down now", Level.MODIFY),
        ("masakit pa rin yung likod ko kahit rest day, 4 days na", Level.PROFESSIONAL),
        # The user told as "you".
        (
            "you know when you sit down and a zap goes down the back of your leg? that's me since Monday",
            Level.PROFESSIONAL,
        ),
        ("you know that feeling when your lower back is more pumped than your glutes? every set", Level.MODIFY),
        # A form fix that left a muscle working is no failed fix of a pain; one that left the pain is.
        ("moved my feet closer, still all quads, glutes barely working", Level.MODIFY),
        ("lowered the weight and fixed my ribs, my lower back still hurts every session", Level.PROFESSIONAL),
        # Both legs shaking from the set, which the user calls fatigue.
        ("both legs trembling on the last reps, normal fatigue right? fine once I rack it", Level.NONE),
        ("both my legs are wobbly and weak since this morning and getting worse", Level.EMERGENCY),
        ("it's day 5 and the ache in my lower back is the same as day 1", Level.PROFESSIONAL),
        ("like someone jammed a knife in my lower back when I lock out", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_eighteenth_and_nineteenth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        (
            "physio here, unilateral paraesthesia of the L shin since Tuesday, no weakness, no red flags",
            Level.PROFESSIONAL,
        ),
        ("the bar hurts my hip bones so bad, and the pad keeps slipping off", Level.MODIFY),
        ("both legs tired after the session, just fatigue I think, they're fine after a rest", Level.NONE),
    ],
)
def test_the_safety_net_ceiling_for_the_eighteenth_and_nineteenth_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # "stable" and "stability" are no stab.
        ("my knees feel stable now on thrusts, any tips for hip stability?", Level.NONE),
        ("stabbing pain in my lower back on the last rep", Level.PROFESSIONAL),
        # Phonetic spellings, autocorrect and a double negative.
        ("wen i do thrusts i feel it in my lowr bak more then my gluts", Level.MODIFY),
        ("my bum chekes dont have no feelin since the gym", Level.EMERGENCY),
        ("tinkling feeling down my left leg to the foot since yesterday", Level.PROFESSIONAL),
        ("my hamstrings camp up at the top of every rep", Level.MODIFY),
        # Old, unchanged symptoms are not new signs; a new one on top is.
        ("I have MS, numb feet for years, nothing new. Lower back gets achy on thrusts, settles after", Level.MODIFY),
        ("sciatica in my left leg for years, unchanged, but since thrusts both legs are weak", Level.EMERGENCY),
        ("had a discectomy years ago, fully recovered. Now my back gets tight on thrusts but eases", Level.MODIFY),
        # A flare down the leg; fixes in one sentence and the same pain in the next.
        ("since I started thrusts it flares down my leg even with the empty bar", Level.PROFESSIONAL),
        ("we fixed my setup and halved the weight. still the same low back pain every set", Level.PROFESSIONAL),
        ("the pain goes from my butt down to behind my knee", Level.PROFESSIONAL),
        ("pad isn't enough, the bar hurts my hip bones", Level.MODIFY),
    ],
)
def test_wordings_from_the_twentieth_and_twenty_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Every sign said to be absent: the net may not call an emergency.
        ("lower back ached 6/10 on the last set, dull, nothing going down my legs, toilet normal", Level.MODIFY),
        ("lower back ached 5/10 during the set, no leg stuff, legs are totally fine", Level.MODIFY),
        ("numb patch on my right thigh, left leg fine, bladder normal, nothing between my legs", Level.PROFESSIONAL),
        ("my outer thigh is numb, just the one spot on one leg", Level.PROFESSIONAL),
        ("the bar keeps rolling up toward my belly and my lower back aches", Level.MODIFY),
        ("pre-workout makes me need to pee constantly, and my glutes burn", Level.NONE),
    ],
)
def test_the_safety_net_ceiling_for_the_twentieth_and_twenty_first_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The other foot "doing it too", a slapping foot, the front of the foot that will not lift.
        ("numbness started in my left foot and now my right foot is starting to do it too", Level.EMERGENCY),
        ("my left foot's been slapping the floor since this morning", Level.EMERGENCY),
        ("I can't lift the front of my right foot since the session", Level.EMERGENCY),
        ("the pain came straight back when I started thrusting again", Level.PROFESSIONAL),
        ("day 6 of the back thing, painkillers take the edge off", Level.PROFESSIONAL),
        # An opening taken back at once.
        ("sharp pain. well, not sharp, more a dull ache that faded", Level.MODIFY),
        ("both legs numb!! nah I'm being dramatic, both calves cramped for a second", Level.MODIFY),
        # Training time, a near fall, a kit pop, a cramp that locked up, "back to normal", a stretch lying down.
        ("been doing hip thrusts for about a month now, loving them, glutes burn", Level.NONE),
        ("I almost fell off the box laughing, glutes are cooked", Level.NONE),
        ("heard a pop, turned out the clip flew off the bar. no pain at all", Level.NONE),
        ("my hamstring locked up on rep 6, just a cramp, gone now", Level.MODIFY),
        ("lower back a bit tight after, then it's back to normal by the evening", Level.MODIFY),
        ("did knees to chest lying down and the back tightness eased", Level.MODIFY),
        ("more of a deep ache than sharp in my lower back", Level.MODIFY),
        ("glutes are asleep, quads doing all the work", Level.MODIFY),
    ],
)
def test_wordings_from_the_twenty_second_and_twenty_third_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        ("the bar digs in so bad I have bruises on both hip bones", Level.MODIFY),
        ("inner thighs sore from the wide stance, normal DOMS I think", Level.NONE),
        ("bench slid back mid set, didn't fall or hit anything, low back a bit tight", Level.MODIFY),
    ],
)
def test_the_safety_net_ceiling_for_the_twenty_second_and_twenty_third_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Losing the urge, said over a "when" clause; a verb about something else stays apart.
        ("I haven't been able to tell when I need a poo since Saturday, back aches", Level.EMERGENCY),
        ("can't keep the bar level, and I need to pee before the next set", Level.NONE),
        # Metaphors for leg signs and pain; a new backache at 71.
        ("my right calf feels fuzzy and heavy since thrusts, left is fine", Level.PROFESSIONAL),
        ("like warm water trickling down the back of my thigh to the knee", Level.PROFESSIONAL),
        ("I'm 68 and this is a new backache after thrusts", Level.PROFESSIONAL),
        ("the pain in my hamstring has been like that since Sunday, 4 days ago", Level.PROFESSIONAL),
        # Form faults in plain words.
        ("my thighs are doing all the work, glutes not so much", Level.MODIFY),
        ("I feel hip thrusts mostly in my quads, feet too close?", Level.MODIFY),
        ("why do i feel hipthrusts in my lowerback", Level.MODIFY),
        ("all I feel is my lower back, nothing in the glutes", Level.MODIFY),
        ("the bar is drilling into my hip bones even with a pad", Level.MODIFY),
        ("my neck feels like a kinked hose after every set", Level.MODIFY),
        # Soreness in dramatic words.
        ("feel like I got run over by a truck, glutes DOMS from yesterday", Level.NONE),
        ("legs felt like jelly right after the last set but fine ten minutes later", Level.NONE),
        ("legs are dead after leg day, can't even sit down without wincing lol", Level.NONE),
        ("tingling? nah, more like a fizzy pump in my glutes", Level.NONE),
    ],
)
def test_wordings_from_the_twenty_fourth_and_twenty_fifth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("lifting a patient my back suddenly gave and I couldn't straighten up for a minute", Level.PROFESSIONAL),
        ("asking for my mother, who is 66: new lower back pain since starting thrusts", Level.PROFESSIONAL),
        ("I lowered the load and fixed my bench. Despite all of this my back still hurts after every session",
         Level.PROFESSIONAL),
        ("the lower back ache returns after every single session", Level.PROFESSIONAL),
        ("my brother's pain goes from his lower back all the way down to his foot", Level.PROFESSIONAL),
        # Someone else "fine otherwise" still has the symptom.
        ("my wife has had a shooting pain down her left leg since Monday. She is fine otherwise.", Level.PROFESSIONAL),
        ("I feel the exercise mainly in my quadriceps rather than my glutes", Level.MODIFY),
        ("both of my calves cramp at the same time on the last reps", Level.MODIFY),
        ("my brain is totally numb after a night shift, what sets today?", Level.NONE),
        ("new PR today 💪 buzzing", Level.NONE),
    ],
)
def test_wordings_from_the_twenty_sixth_and_twenty_seventh_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


def test_sore_feet_from_a_shift_are_not_a_sign_for_the_net() -> None:
    assert net_ceiling(triage_text("feet are killing me after a double shift at work, can I train?")) <= Level.MODIFY


def test_a_buzzing_leg_is_still_a_leg_sign_after_the_pr_mood_family() -> None:
    assert triage_text("my left leg is buzzing!").has(Flag.LEG_NUMBNESS_TINGLING)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Follow-ups: the urge lost over "whether", a relapse counted in weeks, soreness logged day by day, a number
        # that has not moved since a named day, a joint that "lights up" after the fixes.
        ("since Tuesday I honestly can't tell whether I need to pee", Level.EMERGENCY),
        ("can't tell whether the bar is level, need to pee after this set", Level.NONE),
        ("eased off Tuesday, worse again today, this is week three of this", Level.PROFESSIONAL),
        ("day 5 still sore in the low back", Level.PROFESSIONAL),
        ("my back has been at 3/10 since Monday and it is still about 3/10 today (Friday)", Level.PROFESSIONAL),
        ("my sacrum area lights up on every rep. changed my setup, went lighter, still the same", Level.PROFESSIONAL),
        ("been getting night sweats and this lower back ache, nothing to worry about right?", Level.PROFESSIONAL),
        ("felt the top set way more in my lumbar than my glutes", Level.MODIFY),
        ("hip bones rubbed raw from the barbell", Level.MODIFY),
        # Answers to the bot's own question, a past problem that is over, a history given with no pain.
        ("you asked if the pain was sharp - no, more of a dull tightness in my lower back", Level.MODIFY),
        ("you asked if it's sharp - yes, very", Level.PROFESSIONAL),
        ("u asked about fever, nope, 24 and pain free, just wanted technique tips", Level.NONE),
        ("had a sciatica flare two years ago, been fine for years. how do I stop it coming back?", Level.NONE),
        ("survived breast cancer a decade ago, no pain at all, how many sets should I start with?", Level.NONE),
        ("cancer survivor, and since last week a new ache in my lower back", Level.PROFESSIONAL),
        ("the crack I told you about was the box creaking, not me", Level.NONE),
        ("my calf went to sleep while I was kneeling to load plates, fine now", Level.NONE),
        ("only ever the right leg tingles, on and off since I started", Level.PROFESSIONAL),
        # Worry words are no sign: a condition asked about by name, a tear feared after a burn.
        ("glutes burning like crazy on the last set, scared I tore something", Level.NONE),
        ("my butt is so sore two days later it hurts to sit down on the loo, normal DOMS?", Level.NONE),
        ("my glutes twitch in bed after a heavy day, no pain or numbness at all", Level.NONE),
        # "doing nothing" is no denial of the pain beside it.
        ("lying on the sofa doing nothing my lower back throbs", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_twenty_eighth_and_twenty_ninth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        # Anxious questions that name an emergency but deny every sign leave the rules' reading in charge.
        "read about cauda equina and panicking. back a bit tight after thrusts. no numbness, peeing and pooping "
        "normally, legs strong. am I in danger?",
        "convinced I slipped a disc!! lower back felt tight mid set, gone after a short walk. should I go to the ER??",
        "quads look massive and tight after the set, could this be compartment syndrome??",
        "dropped the bar on the floor after my set, so embarrassing",
        "numb patch on my right shin since Saturday. Only that leg. Not spreading, not weak.",
    ],
)
def test_the_safety_net_ceiling_for_the_twenty_eighth_and_twenty_ninth_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Known, unchanged leaks and numbness are history; a new one is not.
        ("the small leak when I lift heavy, had it since my daughter was born, no change", Level.NONE),
        ("I've been leaking since my baby was born 3 days ago and can't feel it", Level.EMERGENCY),
        ("numb toes from diabetes for over twenty years, no change. shoes or barefoot for thrusts?", Level.NONE),
        ("diabetic, feet numb for years, nothing new, but now my left thigh tingles since Monday", Level.PROFESSIONAL),
        # A past emergency sign, checked and over, stays in the past unless it is back.
        ("in 2018 I had numbness between my legs after a fall, fully checked, resolved completely", Level.NONE),
        ("in 2018 I had numbness between my legs, it resolved completely, but now it's numb again", Level.EMERGENCY),
        ("if my inner thighs went numb would that be A&E? asking just in case", Level.NONE),
        # How far along a pregnancy is, or the baby's age, is no pain duration.
        ("I'm 20 weeks pregnant and feel great, can I keep thrusting?", Level.NONE),
        ("baby is 4 months and my lower back has ached for 3 weeks", Level.PROFESSIONAL),
        # A pinch at lockout that goes when racked is over-arching; morning stiffness that clears is the session's ache.
        ("lower back pinches at lockout, fine as soon as I rack the bar", Level.MODIFY),
        ("woke up with an achy lower back the morning after, gone by lunchtime", Level.MODIFY),
        # Still sore days after a named day; not getting any better.
        ("tweaked my back Saturday, it's Tuesday and still sore", Level.PROFESSIONAL),
        ("lower back pain for a few days, just not getting any better", Level.PROFESSIONAL),
        # Old familiar aches, joints replaced on both sides, a brain gone numb.
        ("I'm 67, the same mild low back ache on and off for decades, settles after a walk", Level.MODIFY),
        ("both hips replaced, and it's my lower back that feels it, not my glutes", Level.MODIFY),
        ("my brain went numb on the last set lol", Level.NONE),
        ("period cramps today, is it ok to do thrusts?", Level.NONE),
        # Foot drop in a list, then the other side ("the same thing on the left").
        ("1) weakness lifting the front of my left foot 2) since lunch the same thing on the right", Level.EMERGENCY),
        ("my right calf is numb. my back hurts the same on the left", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_thirtieth_and_thirty_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "peed normally, legs feel normal, no pain at all, how heavy this week?",
        "stenosis for years, legs feel exactly as they always do. back a bit tight after thrusts",
        "arthritis in my back for 15 years, same old stiffness, a touch more stiff after thrusts",
        "I'm 44, mild ache in my lower back after the session, gone after a hot shower",
        "bench edge digs into my upper back and my neck gets strained",
        "same old stiffness in my back, anything to tweak?",
    ],
)
def test_the_safety_net_ceiling_for_the_thirtieth_and_thirty_first_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Non-native wordings: the inner part of the thighs "asleep", "needles feeling", pain that "shoot from my butt
        # to back of thigh", a Spanish electric shock, fixes listed before "but ... still hurt", "3 weeks like this".
        ("inner part of my thighs a bit asleep both sides since yesterday", Level.EMERGENCY),
        ("my right foot has needles feeling since training, left is ok", Level.PROFESSIONAL),
        ("pain shoot from my glute to back of knee on every rep", Level.PROFESSIONAL),
        ("when I go up I feel a corrientazo down the leg", Level.PROFESSIONAL),
        ("I lowered weight, moved the bar, used a pad, but back still hurts after training", Level.PROFESSIONAL),
        ("my lower back ache, 2 weeks like this", Level.PROFESSIONAL),
        ("all the work goes into the front of my thighs, nothing in the glutes", Level.MODIFY),
        # Questions about the lift and what-ifs the user says are not theirs.
        ("my mother ask if hip thrust cause the incontinence, I said no. right?", Level.NONE),
        ("does hip thrust cause this? my groin has been numb since Monday", Level.EMERGENCY),
        ("read that thrusts can give numbness in the groin. I don't have nothing, just curiosity", Level.NONE),
        ("what do I do IF I ever get numbness down there? nothing happening, just want to know", Level.NONE),
        # A figure of speech, hands on the handlebars, denied numbness beside soreness.
        ("I don't feel my legs anymore lol, it's an expression, they're just dead tired", Level.NONE),
        ("fingers go numb on long rides on the bike, does grip matter for the thrust bar?", Level.NONE),
        ("inner thighs are sore, muscle sore not numb, after riding the horse", Level.NONE),
        ("my groin is not numb, it's tingling", Level.EMERGENCY),
    ],
)
def test_wordings_from_the_thirty_second_and_thirty_third_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "no numbness, no leg pain. just sore glutes after football and thrusts, foam roller?",
        "I go pee before training because the bar presses on my bladder, it's uncomfortable",
    ],
)
def test_the_safety_net_ceiling_for_the_thirty_second_and_thirty_third_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Dictated: worse every few hours, a pinch the user says is not sharp, ribs that flare, what someone should do
        # if, a buddy's numb leg last year, a foot asleep on the bench, pain the user used to get.
        ("left leg a bit weak this morning now it buckles and it's worse every couple of hours", Level.EMERGENCY),
        ("my lower back sort of pinches no it's not sharp more like a squeeze", Level.MODIFY),
        ("my ribs flare up at lockout and my lower back takes over", Level.MODIFY),
        ("what should someone do if they got numbness between the legs I don't have it just asking", Level.NONE),
        ("my cousin got a numb leg from squats years ago anyway what bench height", Level.NONE),
        ("foot fell asleep sitting on the bench between sets gone as soon as I stood up", Level.NONE),
        ("I used to get back pain from thrusts but its completely gone now, what next?", Level.NONE),
        # Numbers: strength and feeling that fall by the count, a pain diary, hours, a body part scored at rest.
        ("single-leg heel raises: 12 on Monday, 6 yesterday, today I can't do one", Level.EMERGENCY),
        ("strength in my right leg: 90% Monday, 70% Tuesday, 40% today", Level.EMERGENCY),
        ("back pain log Tue 4, Wed 4, Thu 3, Fri 3", Level.PROFESSIONAL),
        ("glutes just a little sore, but it's been 60 hours", Level.PROFESSIONAL),
        ("on rest days, just sitting on the sofa, my lower back is 5/10", Level.PROFESSIONAL),
        ("changed my feet and cut the load. three sessions later still getting back pain", Level.PROFESSIONAL),
        ("my quads are at an 8/10 burn, glutes barely 2/10", Level.MODIFY),
        ("glutes at a 9/10 burn on the last set 🔥", Level.NONE),
        ("three weeks ago my back tweaked for a day, totally fine since, can I add weight?", Level.NONE),
    ],
)
def test_wordings_from_the_thirty_fourth_and_thirty_fifth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Texting: shorthand, a statement with a question tagged on, follow-ups by the week or the day.
        ("felt sth rip in my hammy at the top", Level.PROFESSIONAL),
        ("chills n sweats at night plus my low back aches, normal?", Level.PROFESSIONAL),
        ("dropped 5 kg w/o dieting and my back hurts, related?", Level.PROFESSIONAL),
        ("tiny lower back ache after thrusts, gone w rest, ok?", Level.MODIFY),
        ("bar bruising my hip bones lol any fix?", Level.MODIFY),
        ("pain maybe 2/10 n gone next morning", Level.NONE),
        ("legs feel fine, no trouble peeing or anything", Level.NONE),
        ("week later and my hip still aches", Level.PROFESSIONAL),
        ("day 5 and the lower back ache hasnt gone", Level.PROFESSIONAL),
        ("a pain in the arse getting a rack at 5pm, any tips?", Level.NONE),
        # Road crashes and the bar striking the body.
        ("came off my scooter this morning, lower back kinda sore", Level.PROFESSIONAL),
        ("hit by a van on my bike, my hip hurts really bad and I can barely walk", Level.EMERGENCY),
        ("the bar spun around and crashed into my pelvis, I'm in agony", Level.EMERGENCY),
        # Signs in a long story: no urge all day, numbness between the cheeks.
        ("weird, I haven't needed to pee at all since I woke up and I've had loads of water", Level.EMERGENCY),
        ("the skin between my bum cheeks has gone numb since the session", Level.EMERGENCY),
        # One night on is not settled (modify); a full week, or the same as a named day, is not subsiding.
        ("thrusts last night, back a bit achy. this morning it's still there, it hasn't settled", Level.MODIFY),
        ("lower back ache since Sunday, it's been a whole week now and it's still there", Level.PROFESSIONAL),
        ("back hurting since Saturday, it's Tuesday and pretty much the same as on Sunday", Level.PROFESSIONAL),
        ("coach fixed my feet and I cut the load, still sore in the lower back even with the lighter weight",
         Level.PROFESSIONAL),
        # Long messages with no pain of the user's own.
        ("my husband is a physio and goes on about sciatica all the time. I don't have any of that, legs are fine",
         Level.NONE),
        ("anatomy class covered the sciatic nerve path and piriformis. which muscles drive the thrust? I'm not injured",
         Level.NONE),
        ("is it possible I pulled something? my glutes are just sore the day after, no pop", Level.NONE),
        ("had a fever last week but I'm completely recovered now, no pain at all, when can I go heavy?", Level.NONE),
        ("no pain at all, just tired. should I cut thrusts in the final two weeks before my meet?", Level.NONE),
        ("spread the volume over three days? no pain, glutes just sore after", Level.NONE),
        ("crazy pump, glutes felt tight and huge, no pain anywhere", Level.NONE),
        ("hamstrings and glutes sore today in that good achy way, normal muscle soreness", Level.NONE),
        ("blood pressure 120/80 at my checkup, no back pain, how heavy to start?", Level.NONE),
        ("glutes don't seem to be working, I mostly feel my lower back doing the work, no pain", Level.MODIFY),
        ("asking for a friend not me: he went numb between the legs and can't pee", Level.EMERGENCY),
    ],
)
def test_wordings_from_the_thirty_sixth_and_thirty_seventh_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "legs feel fine, no problems peeing, all good",
        "the bar leaves bruises on my hip bones and it hurts to press them, glutes feel great though",
        "lower back hit 7/10 on the last set but by the time I got home it was gone",
        "lower back was about 6 out of 10 on heavy sets, settled by dinner",
        "did thrusts yesterday evening, mild ache in my lower back still there this morning, not gone yet",
    ],
)
def test_the_safety_net_ceiling_for_the_thirty_sixth_and_thirty_seventh_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Everyday life: a crash in the car, a fall in the bathroom, a foot drop that worsens by the morning.
        ("got t-boned at a junction on the way home, back pain is 9/10 and unbearable", Level.EMERGENCY),
        ("my foot feels weak since leg day and it's worse each morning, toes drag on the stairs", Level.EMERGENCY),
        ("slipped in the bathroom last night, lower back sore since", Level.PROFESSIONAL),
        ("I'm 58 and never had back trouble, now it aches after every session", Level.PROFESSIONAL),
        ("lower back a little achy after training, eased after resting on the couch", Level.MODIFY),
        ("glutes sore and a bit stiff climbing into the van, fine by day 2", Level.NONE),
        ("slept like a log after leg day, deepest sleep in months", Level.NONE),
        # Self-diagnosers: the symptoms decide, not the term.
        ("fixed my setup and dropped the load a month ago. The pain in my SI joint still comes back every session",
         Level.PROFESSIONAL),
        ("is it normal if my lower back is still achy the morning after? nothing else hurts", Level.MODIFY),
        ("disc problems run in my family, should I be careful? I have no symptoms", Level.NONE),
        ("butt tight and sore the day after, feels like good workout soreness", Level.NONE),
        ("glute soreness lasted 2 days and now I feel fine", Level.NONE),
        ("my hips are getting wrecked by the bar even with a pad", Level.MODIFY),
    ],
)
def test_wordings_from_the_thirty_eighth_and_thirty_ninth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "not numb, not tingly, bladder fine, just sore glutes two days later",
        "the bar bruises both hip bones, the pad isn't thick enough",
        "hamstring cramp hit on the last rep, had to rack it",
    ],
)
def test_the_safety_net_ceiling_for_the_thirty_eighth_and_thirty_ninth_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Beginners' words: the front of the legs, "feel it there", a bare number, the bit you sit on.
        ("my legs (front) are burning way more than my butt", Level.MODIFY),
        ("my lower back arches and i feel it there instead of my glutes", Level.MODIFY),
        ("it was like a 7 in my lower back on the last set", Level.MODIFY),
        ("the part where u sit on a chair feels asleep since this morning", Level.EMERGENCY),
        ("my saddle area has gone kind of dead since the workout", Level.EMERGENCY),
        ("is it normal to have a fever and back pain? started lifting last week", Level.PROFESSIONAL),
        ("is it normal to have sore glutes the day after?", Level.NONE),
        ("right leg a little tingly since Monday, just that side, not getting worse", Level.PROFESSIONAL),
        # Glutes felt as the work, and the pain-monitoring rule with the morning named first.
        ("my bum felt warm and tight after, coach says that's just the muscles working", Level.NONE),
        ("butt feels full and tight after the set, kind of weird", Level.NONE),
        ("i'm scared i'll hurt myself, it's a burn in my bum but it stops when i stop", Level.NONE),
        ("glutes hurt about 4/10 during the set and by the morning it was totally gone", Level.NONE),
        ("rest day today, glutes a bit stiff on the stairs, yesterday was heavy", Level.NONE),
        ("the burn spreads from my glutes to my outer hips around rep 10 and fades within a minute", Level.NONE),
        # Time courses: a week of daily aches, longer each time, the same pain back, numbness that keeps spreading.
        ("thrusts 5 days ago and my lower back has ached every single day since", Level.PROFESSIONAL),
        ("the back ache used to go by the next day, now it lasts 3-4 days each time", Level.PROFESSIONAL),
        ("had two weeks off, felt fine, first session back and the exact same pain is back", Level.PROFESSIONAL),
        ("I cut the weight in half and had my form checked a month ago, but the low back pain still shows up",
         Level.PROFESSIONAL),
        ("my shin went numb on Monday. Tuesday it reached my knee, and it's still spreading", Level.EMERGENCY),
        ("quads did all the work today, front of my thighs were fried", Level.MODIFY),
        ("the bar rolled onto my hip bones on the last set and it hurt, fine once I took it off", Level.MODIFY),
        ("the bar rolled onto my hips and crushed them, I can't stand", Level.EMERGENCY),
    ],
)
def test_wordings_from_the_fortieth_and_forty_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "legs feel tired after the session but no pain at all",
        "saw a post about people losing bowel control from lifting. I haven't had anything like that, just sore glutes",
    ],
)
def test_the_safety_net_ceiling_for_the_fortieth_and_forty_first_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Benign messages of the twenty-third blind set, still escalated by the net after the earlier rounds.
        ("both hamstrings cramped and I couldn't straighten them for a moment, fine now", Level.MODIFY),
        ("on a cut, dropped 5kg on purpose, glutes sore the next day, gone by day two, no pain anywhere", Level.NONE),
        ("did the knees to chest stretch lying down and the ache in my lower back eased right off", Level.MODIFY),
    ],
)
def test_wordings_left_from_the_twenty_third_blind_set(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "my neck gets stiff after thrusts, fine by the next day, no tingling in the hands. should I drop weight?",
        "both sides of my lower back feel tight, fairly even. no numbness, legs feel totally normal",
        "lower back tightened up on the last reps, maybe 3/10, eased right off within about 10 mins",
        "nearly fell off the bench laughing, didn't actually fall, glutes nicely burning",
        "slipped on the stairs yesterday, back hurts a bit, maybe 3/10. what's my progression next week?",
    ],
)
def test_the_safety_net_ceiling_for_the_twenty_third_blind_set(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Third-person reports: the person described decides, the writer being fine does not lower it. (Until the
        # forty-second set, "my mate... can't feel his legs. I'm all good" was read as background and got none.)
        ("my mate tweaked his back on thrusts and he can't feel his legs. I'm all good, just want tips",
         Level.EMERGENCY),
        ("I'm fine myself, but my client says she's lost feeling between her legs since the session", Level.EMERGENCY),
        ("I'm fine, but my athlete's back still hurts four days after thrusts, not getting better", Level.PROFESSIONAL),
        ("my friend had to go to A&E last year after squats, he couldn't pee. I'm fine myself, warm up ideas?",
         Level.NONE),
        ("my lifter's right leg has gotten steadily worse over two days, weaker every morning", Level.EMERGENCY),
        ("my son's foot is getting floppier and he can't lift his toes as well as yesterday", Level.EMERGENCY),
        ("my client crashed off the bench onto the floor mid set, severe back pain", Level.EMERGENCY),
        ("my athlete lost about 7 kg over a few months without trying, his back hurts now", Level.PROFESSIONAL),
        ("my client feels thrusts in her lower back way more than in her glutes", Level.MODIFY),
        ("teammate had 7/10 pain in his glute on heavy sets, gone a few minutes after", Level.MODIFY),
        ("my daughter's nervous about getting hurt but reports no pain at all", Level.NONE),
        # Humour: jokes about soreness, sarcasm, understated signs.
        ("zero urge, then it just... happened. had to go number two. back's sore from thrusts", Level.EMERGENCY),
        ("filmed my form, it's perfect now, light weight, lower back still hurts every session", Level.PROFESSIONAL),
        ("not numb, just pins and needles in my right foot since the session, stable", Level.PROFESSIONAL),
        ("my hip bones look like they lost a fight with the barbell", Level.MODIFY),
        ("I feel it all in my thighs, glutes feel nothing", Level.MODIFY),
        ("lower back was a bit spicy during the sets, fine after", Level.MODIFY),
        ("set 3 was about 8/10 in the hip area, deep ache, gone by next morning", Level.MODIFY),
        ("glutes have left the chat. 10/10 would thrust again", Level.NONE),
        ("RIP my glutes, can barely sit, day 2 after thrusts, peak DOMS", Level.NONE),
        ("my back totally hurts... NOT. all glutes today", Level.NONE),
        ("can't feel my legs, it's just a figure of speech, they work fine, glutes fried from the burn", Level.NONE),
    ],
)
def test_wordings_from_the_forty_second_and_forty_third_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "my client's lower back is slightly achy after thrusts but it settles within the hour",
        "both me and my client did thrusts, I get a glute burn, he gets a mild back ache that goes away after",
        "the bar on my hip bones hurts more than the exercise lol, any fix besides crying?",
    ],
)
def test_the_safety_net_ceiling_for_the_forty_second_and_forty_third_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Lists and logs: a day-by-day log with words between the day and the score, the same as days ago.
        ("log: Mon thrusts. Tue back sore 5/10. Wed back 5/10. Thu still 5/10", Level.PROFESSIONAL),
        ("- glutes: fine\n- lower back: hurts just as much as it did 3 days ago", Level.PROFESSIONAL),
        ("felt something give in my groin mid rep, like a sudden tear", Level.PROFESSIONAL),
        ("sore all over two days after leg day, just normal stiff muscle soreness", Level.NONE),
        ("I was worried I had a disc problem but it's just sore glutes, nothing down the leg", Level.NONE),
        ("my back doesn't hurt, my knees don't hurt. my glutes though, ouch, in the best way", Level.NONE),
        ("a video said hip thrusts can cause numbness down there, true? I have no symptoms, just curious", Level.NONE),
        # Night, rest and morning.
        ("woke up to wet sheets and I have never wet the bed, back has hurt since thrusts", Level.EMERGENCY),
        ("numb spot on my calf, a day later it has spread over my foot and the foot is getting weaker",
         Level.EMERGENCY),
        ("fourth morning in a row my lower back hurts as much as the first day", Level.PROFESSIONAL),
        ("hip ached about 7/10 on the last set, feeling fine now lying in bed", Level.MODIFY),
        ("back a bit tight on the couch after training, walked around a minute and it went away", Level.MODIFY),
        ("glute ache went to 8 out of 10 on the last set so I stopped, doesn't hurt now", Level.MODIFY),
        ("in bed and my glutes are still pumped from tonight's session", Level.NONE),
        ("glutes stiff getting out of bed, goes away after a few minutes of walking", Level.NONE),
        ("my butt muscles ache on the sofa the day after thrusts, is that a problem?", Level.NONE),
        ("I'm afraid I slipped on ice on Friday and my back has hurt since", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_forty_fourth_and_forty_fifth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Questions about going on, asked of the user's own symptom: the "if" clause reports it.
        ("is it a problem if my calf goes numb and tingly when I thrust?", Level.PROFESSIONAL),
        ("should I keep training if I've had a temperature and back pain since Friday?", Level.PROFESSIONAL),
        ("do I have to get it looked at if my hip has ached for five days now?", Level.PROFESSIONAL),
        ("would it be ok to train if I get a zap down my left leg every time I lock out?", Level.PROFESSIONAL),
        ("can I still thrust if I can't feel the seat when I sit on the toilet?", Level.EMERGENCY),
        ("is it bad if my hamstrings cramp at the top of every rep?", Level.MODIFY),
        ("is it fine to keep going if the last set made my lower back ache about 6/10?", Level.MODIFY),
        ("I had to cut all of my last three sessions short with back pain, even after halving the load",
         Level.PROFESSIONAL),
        ("tweaked my back slightly on Monday, just a mild ache left this morning", Level.MODIFY),
        # What-ifs stay what-ifs; curiosity and a denial set the question aside.
        ("what should I do if I ever get a sharp pain down my leg during a set?", Level.NONE),
        ("what happens if a lifter loses bladder control mid set? asking out of curiosity", Level.NONE),
        ("should I worry about leg numbness from heavy hip thrusts? I don't have any problems myself", Level.NONE),
        ("would failing a rep and dropping the bar hurt me? never happened, I want to bail safely", Level.NONE),
        ("can pelvic numbness come from hip thrusts? I don't have it, just asking for awareness", Level.NONE),
        # A history named as background; new signs still count.
        ("I have a history of sciatica, today just a dull ache in the low back after thrusts, mild", Level.MODIFY),
        ("my old sciatica was cleared by the physio. any tips for adding weight?", Level.NONE),
        ("my old sciatica is flaring up again, zinging down the leg after thrusts", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_forty_sixth_and_forty_seventh_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "mild low back ache during the workout, gone by this evening",
        "lower back gets a bit tight at lockout, gone once I stop",
    ],
)
def test_the_safety_net_ceiling_for_the_forty_sixth_and_forty_seventh_blind_sets(text: str) -> None:
    result = triage_text(text)
    assert net_ceiling(result) is result.level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Live, mid-workout: a sign that moves up the leg within minutes, a bar that catches someone.
        ("pins and needles began in my toes and now it has crept up past my knee, 2 sets left", Level.EMERGENCY),
        ("her bar rolled off the pad and smacked her hip on the way down, she says maybe 3/10", Level.PROFESSIONAL),
        ("hip bones are screaming under the bar today, left the pad at home", Level.MODIFY),
        ("doing these all in my thighs, not my glutes, set 3 of 4", Level.MODIFY),
        ("my lower back is moving the weight, not my glutes, 80kg for 8", Level.MODIFY),
        # Back after a break: time off is no pain that lasts, coming back is no recurrence.
        ("what load should I start at after 4 months off?", Level.NONE),
        ("first session back after 8 weeks away, hamstrings cramped on the last set", Level.MODIFY),
        ("I took time off for 2 months after surgery, glutes were just pumped today", Level.NONE),
        ("feel it in my quads since coming back, should I move my feet?", Level.MODIFY),
        ("coming back after the baby, mild low back ache that's gone by the evening", Level.MODIFY),
        ("I was scared my back pain would return but it didn't, just a nice glute burn", Level.NONE),
        ("before the surgery I had numbness down my leg but that is long gone, today felt great", Level.NONE),
        ("my old knee pain from before the layoff has gone, thrusts felt smooth", Level.NONE),
        ("back for a month now after my break and the same lower back pain keeps coming back every session",
         Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_forty_eighth_and_forty_ninth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fall the rules must hear themselves (the int8 model's net no longer raised blind33's skiing fall):
        # a wipeout said with where it happened, a landing on something hard. "Wiped out" alone is tiredness.
        ("wiped out skiing and landed on my back, sore", Level.PROFESSIONAL),
        ("hit the ground hard on my tailbone when the box slid, sore 3/10", Level.PROFESSIONAL),
        ("took a nasty wipeout on my bike yesterday, lower back is sore", Level.PROFESSIONAL),
        ("totally wiped out after leg day, glutes burning", Level.NONE),
    ],
)
def test_falls_named_by_how_they_happened(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Second-language wordings: formication, muscle fever, a quick "sharp question", a future what-if.
        ("I feel like little ants crawling in my right calf since Tuesday", Level.PROFESSIONAL),
        ("sensation of ants in both feet and they are weaker every hour", Level.EMERGENCY),
        ("my glutes have muscle fever after the thrusts, normal?", Level.NONE),
        ("sharp form question: how long should I pause at the top?", Level.NONE),
        ("what must I do if one day I feel my bladder does not work? only asking", Level.NONE),
        ("asking for curiosity, what is cauda equina?", Level.NONE),
        ("what do I do if I ever get numb between the legs after training?", Level.NONE),
        ("my groin is numb since yesterday. what should I do if it ever spreads?", Level.EMERGENCY),
        # Asides: the symptom decides, not the question around it; kit that slides is no pain that lasts.
        ("my box slides all the time on this floor, any fix?", Level.NONE),
        ("bench height question, btw my back aches every session no matter what I adjust", Level.PROFESSIONAL),
        ("my bum is dead from leg day lol, DOMS, when can I train again?", Level.NONE),
        ("what rep range? also my low back has hurt after every session, 4 weeks in a row", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_fiftieth_and_fifty_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Other body parts, short messages, starred swearing.
        ("both hamstrings went weak and my knees buckled walking to the car", Level.EMERGENCY),
        ("sh*t myself on the drive home and didn't feel it", Level.EMERGENCY),
        ("I still have no control down there since this morning", Level.EMERGENCY),
        ("coughed and peed, that never happened before, back is sore since thrusts", Level.EMERGENCY),
        ("my glute has been stuck at 6/10 since monday, today is thursday", Level.PROFESSIONAL),
        ("hip bones screaming under barbell without the pad", Level.MODIFY),
        ("the quads take all the load and my glutes feel nothing", Level.MODIFY),
        ("my thighs always take over on the last reps", Level.MODIFY),
        ("feel it much more in my quads than my glutes", Level.MODIFY),
        ("my neck is all in tension at lockout", Level.MODIFY),
        ("the bar keeps grinding into my hip bones, pad is worn out", Level.MODIFY),
        # A course told in two sentences, a foot drop told as floppy.
        ("the tingling used to end at my shins. this week it has crept up past both knees", Level.EMERGENCY),
        ("my left foot was kind of floppy on the stairs after training", Level.EMERGENCY),
    ],
)
def test_wordings_from_the_fifty_second_and_fifty_third_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Not a word of pain, nerve, toilet, feeling, impact or red flag: the net may suggest a form fix, no more.
        ("that session absolutely destroyed me haha", Level.MODIFY),
        ("so tired today, skip or train?", Level.MODIFY),
        # A red-flag topic keeps the net's full say, pain word or not.
        ("I'm 58 and this is new for me, started after thrusts last week", Level.EMERGENCY),
        ("woke at 3am again because of my back, third night now", Level.EMERGENCY),
        # A peak that was gone once the set was over.
        ("front of my hip was about a 6 on the top set, fine afterwards", Level.MODIFY),
    ],
)
def test_the_safety_net_ceiling_for_the_fiftieth_to_fifty_third_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Medical context and strong feelings decide nothing; the signs do.
        ("on blood thinners, so any idea how many sets for growth? I don't even have pain", Level.NONE),
        ("I'm furious, it's the 3rd time this month my back flares after thrusts", Level.PROFESSIONAL),
        ("can't hold it in any more, two accidents since the session", Level.EMERGENCY),
        ("out of curiosity: what does cauda equina even mean", Level.NONE),
        ("my glutes feel like I got hit by a bus after thrusts, good week", Level.NONE),
        ("my legs are dead after 6 sets, just knackered", Level.NONE),
        # Courses over time: a comparison with last week is no duration, a day count with no change is.
        ("the bar hurts my hip bones a bit more than last week", Level.MODIFY),
        ("hit a new PB today, felt lighter than last week", Level.NONE),
        ("low back hurt 6/10 on sunday, still about a 5 on wednesday", Level.PROFESSIONAL),
        ("lower back, dull, but it's day 4 and no better", Level.PROFESSIONAL),
        ("the back ache returns every time I go heavy. this is the 5th time", Level.PROFESSIONAL),
        ("my hip was sore last month. it has been completely fine for two weeks now", Level.NONE),
        # Answers in a form's shape.
        ("where: lower back. numbness: none. bladder: no. how bad: 3", Level.MODIFY),
    ],
)
def test_wordings_from_the_fifty_fourth_to_fifty_seventh_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Medicines and their numbers are context, not a bleed; a what-if about the future is set aside.
        ("cramped hamstring on the last set, fine after a stretch. I take blood pressure tablets", Level.MODIFY),
        ("what do I do if I ever get numb down there? I'm on blood thinners, nothing now", Level.NONE),
        # A peak over 5 with a little left the next morning, and a peak that calmed within hours: form fixes.
        ("back was 6/10 on my top set, mostly gone but a bit stiff this morning", Level.MODIFY),
        ("the ache hit about a 7 on the last set and calmed down a couple of hours later", Level.MODIFY),
    ],
)
def test_the_safety_net_ceiling_for_the_fifty_fourth_to_fifty_seventh_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The int8 net no longer raised these by itself (blind35, exact 90.8%): the rules hear them now.
        ("it's about 60% low back and 40% glutes on the heavy sets", Level.MODIFY),
        ("more like 70/30 quads to glutes when I go heavy", Level.MODIFY),
        ("log: 100x8, lower back 4/10 on the last two reps", Level.MODIFY),
        ("bruises on both hip bones from the bar after yesterday", Level.MODIFY),
    ],
)
def test_splits_log_scores_and_bar_marks(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Denials taken back or scoped: the sign said after them still counts.
        ("no fever... ok wait, 38.6 last night, and my low back aches", Level.PROFESSIONAL),
        ("not asking hypothetically: my left calf buzzes every time I thrust", Level.PROFESSIONAL),
        ("my back pain isn't sharp and didn't pop, it's a dull 3/10 that goes once I rack it", Level.MODIFY),
        ("the numbness thing I asked about was from a podcast, my glutes just burn", Level.NONE),
        ("you asked about tingling and I have none of that, only tight hamstrings", Level.MODIFY),
        ("my coach asked if thrusts can cause sciatica and I said I don't know. can they?", Level.NONE),
        # Hedged and placed: the sign under the hedge counts.
        ("the ache kind of just sits there, every day for like ten days now, it just doesn't go", Level.PROFESSIONAL),
        ("is it bad if the back of my right calf goes numb during sets? it fades after", Level.PROFESSIONAL),
        ("lower back has ached since tuesday's session, it's friday now and not any better", Level.PROFESSIONAL),
        ("lost my balance and slid off the box onto my hip, 2/10, I'm fine", Level.PROFESSIONAL),
        ("cramp in the back of my right thigh at lockout, stretched it out", Level.MODIFY),
        ("that leg day absolutely destroyed me, I'm dead lol", Level.NONE),
        ("going to sleep for a week after that session haha, glutes on fire", Level.NONE),
    ],
)
def test_wordings_from_the_fifty_eighth_to_sixty_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Two people, or the user now and before: what is over does not count, what is back does.
        ("had pins and needles in my foot years ago. it went away. now it's back in my left foot", Level.PROFESSIONAL),
        ("I had sciatica once but it's been gone for years. today just a good glute pump", Level.NONE),
        ("pulled my back in 2020, gone since. today only a glute burn", Level.NONE),
        ("my partner asked what saddle numbness is, neither of us has it, just curious", Level.NONE),
        ("a runner at my club asked me what foot drop means, nobody is hurt", Level.NONE),
        ("my sister's physio stopped her for leg numbness. why is that serious? I've never had it", Level.NONE),
        # Numbers and sudden injuries.
        ("glutes burning like a 10/10 today, love it", Level.NONE),
        ("my calf went 'twang' on the last rep and it hurts to walk", Level.PROFESSIONAL),
        ("lower back tightens up a bit, goes away in a few mins", Level.MODIFY),
        ("I'm 61 and never had back trouble until last week, now it's stiff after thrusts", Level.PROFESSIONAL),
        ("hip ached 5/10 on the 3rd, still 5 on the 5th, and today the 7th", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_sixty_second_to_sixty_fifth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Voice typing: the sign behind the misheard word.
        ("been trying to pea since lunch and nothing comes out", Level.EMERGENCY),
        ("sigh attica feeling down the back of my right leg again", Level.PROFESSIONAL),
        ("I feel it way more in my lower back then my glutes", Level.MODIFY),
        ("felt like a seven in my back on the last set, then it calmed down", Level.MODIFY),
        ("on a scale my low back is about a 7 on the top set, then fine", Level.MODIFY),
        ("honestly my neck is doing all the work at lockout", Level.MODIFY),
        # A third person's fall: "husband" holds no band that slipped.
        ("my husband fell off the bench and banged his tailbone, he's in agony", Level.EMERGENCY),
        # Over, with nothing now.
        ("had a little leak while pregnant but that stopped after the birth, nothing now", Level.NONE),
        ("my hamstrings used to cramp but since I moved my feet out no issues at all", Level.NONE),
        ("the bar used to hurt my hip bones, got a thicker pad and it's all good now", Level.NONE),
        # Age over fifty with an ache as old as the years it names is not new back pain; a new one is.
        ("I'm 63, slight low back stiffness after thrusts for about 20 years, nothing new", Level.MODIFY),
        ("58 here, same mild back tightness I've had since my 40s", Level.MODIFY),
        ("I'm 59, been lifting for 25 years, and my lower back aches after thrusts now", Level.PROFESSIONAL),
        # A sign named as a warning sign in talk, not felt; felt, it counts.
        ("my coach says numbness between the legs is a red flag, what does that mean? I'm fine", Level.NONE),
        ("my physio listed trouble peeing as a warning sign, why?", Level.NONE),
        ("my trainer said saddle numbness is a red flag and I have it right now", Level.EMERGENCY),
        # Figures of speech.
        ("the only numb thing is my brain after that session, glutes fried", Level.NONE),
        ("legs feel dead in a good way after 6 sets", Level.NONE),
    ],
)
def test_wordings_from_the_sixty_sixth_to_sixty_ninth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Numbness on one named side, nothing naming a second: the net may refer, not call an emergency.
        ("my right calf has tingled since yesterday's session, normal?", Level.PROFESSIONAL),
        ("numb patch on my left outer thigh since friday", Level.PROFESSIONAL),
        # Spreading in the one leg is getting worse: the net keeps its full say.
        ("monday my left foot tingled, today it's up past my knee", Level.EMERGENCY),
        ("numbness in my right shin that is creeping higher every day", Level.EMERGENCY),
        ("my left leg tingles and now the other one too", Level.EMERGENCY),
        # The toilet as the seat sore glutes protest at.
        ("glutes so sore I groaned sitting down on the loo, day 2", Level.NONE),
        # A fall told as fine bar a bruise.
        ("slipped off the box onto my hip, it's fine but it's bruised", Level.PROFESSIONAL),
    ],
)
def test_the_safety_net_ceiling_for_the_sixty_sixth_to_sixty_ninth_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Loads after sets and reps are no ages.
        ("lower back a bit tight after thrusts, 4x10 at 90, should I drop the weight?", Level.MODIFY),
        ("did 3 sets of 12 at 60 and my glutes are on fire", Level.NONE),
        ("I'm 60 and my lower back started aching after thrusts this week", Level.PROFESSIONAL),
        # What-ifs about a limb or a client, red flags listed, a cause asked about: no report.
        ("what do I do if my feet ever go numb mid set?", Level.NONE),
        ("if one of my clients ever mentions numbness in the groin, what do I say?", Level.NONE),
        ("making a poster about red flags such as loss of bladder control and saddle numbness, what else?", Level.NONE),
        ("can heavy lifting cause bowel problems? asking for a client, she's fine", Level.NONE),
        # A client's sign asked about is the client's sign.
        ("is it normal that my client's left calf tingles on every rep?", Level.PROFESSIONAL),
        # Clinical and quoted words.
        ("lateral calf paraesthesia since monday, left side only", Level.PROFESSIONAL),
        ("felt something 'pop' in my glute on the last rep, sore since", Level.PROFESSIONAL),
        # Lost feeling said with "without": blind50 lost it on fp32 when the screens were retrained.
        ("since this morning the skin around my bum is without feeling", Level.EMERGENCY),
        # Someone's history counts when the message goes on to their pain now.
        ("my client had prostate cancer 4 years ago, all clear, and now has new low back pain", Level.PROFESSIONAL),
        ("my aunt had cancer years ago. my lower back aches a little after thrusts", Level.MODIFY),
        # Rest places that are no pain at rest.
        ("back hit about 6/10 on the top set but it's gone now, relaxing on the sofa fine", Level.MODIFY),
        ("my hamstrings cramp when I stretch out on the couch after leg day", Level.MODIFY),
        ("lying on the couch still feeling the pump lol", Level.NONE),
        ("my back is tight when I lie flat in bed, fine if I bend my knees", Level.MODIFY),
        ("my hip bones look like they got hit by a bus, bruised from the bar", Level.MODIFY),
    ],
)
def test_wordings_from_the_seventieth_to_seventy_third_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A foot that slept in a posture and woke when the user moved.
        ("foot went to sleep sitting cross legged on the floor, shook it off, fine now", Level.MODIFY),
        # A mild back ache on the mend, wherever it was noticed.
        ("slight low back soreness sitting on the loo this morning, mild, feeling better already", Level.MODIFY),
        ("nothing serious like tingling, just a mild low back ache that goes away after a few minutes", Level.MODIFY),
        # On the mend, but with a sign: the net keeps its say.
        ("mild low back ache, getting better, but there's tingling in my foot", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_seventieth_to_seventy_third_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The saddle told with "it's" and "fell asleep", or named and then pointed back to.
        ("my groin feels like it's gone to sleep since the session", Level.EMERGENCY),
        ("woke up and my perineum fell asleep again, still can't feel it properly", Level.EMERGENCY),
        (
            "tingling on the insides of both thighs after my workout and now that whole area is going numb",
            Level.EMERGENCY,
        ),
        ("my brother is 40 and keeps wetting himself since last night's leg day", Level.EMERGENCY),
        # Kit that came off the pad onto the body, a fall backwards, passing out from the pain.
        ("the barbell slid off the pad onto her stomach, she's in agony", Level.EMERGENCY),
        ("band snapped and I went backwards onto the concrete, the pain in my back is unbearable", Level.EMERGENCY),
        ("a kettlebell slipped off my hips and smashed into my pelvis, I'm screaming", Level.EMERGENCY),
        ("bar came down on my hips and I nearly passed out from the pain", Level.EMERGENCY),
        # A pain that travels to the outer thigh, a pain the user reads as nervy.
        ("zap from my glute into my outer thigh on every rep", Level.PROFESSIONAL),
        ("weird pain by my hip when I lock out, feels like a pinched nerve", Level.PROFESSIONAL),
        # Fixes that did not help.
        (
            "changed my foot position like you said but the burning in my lower back is still there every time",
            Level.PROFESSIONAL,
        ),
        ("even with a wedge and lighter plates my lower back aches every single session", Level.PROFESSIONAL),
        # An age in brackets, a car bump, a bar that bounced, a back that "started hurting" at 60+.
        ("a member of mine (59) has new lower back pain since we added thrusts", Level.PROFESSIONAL),
        ("got into a small fender-bender on the way to the gym, my neck and back are stiff", Level.PROFESSIONAL),
        ("the bar bounced off my hip at lockout, there's a bruise and it's tender", Level.PROFESSIONAL),
        ("my mum is 66 and her back started hurting this week, never had issues", Level.PROFESSIONAL),
        # Torn kit, a pump that fills the clothes, a can that pops, a snap feared that never comes, a painless click.
        ("the cover on my thrust bench got ripped, what should I replace it with?", Level.NONE),
        ("glutes so pumped they're about to pop out of my shorts", Level.NONE),
        ("heard a pop of the energy drink can and got hyped for my set", Level.NONE),
        ("my hamstring cramps at the top and feels like it's about to snap but it never does", Level.MODIFY),
        ("there's a click in my hip at lockout, no pain at all, should I worry?", Level.NONE),
        # Soreness named with a tingle, a burn felt as a fizz, the bar hurting like hell.
        ("glutes are tingly-sore two days later, DOMS right?", Level.NONE),
        ("end of the set the burn feels like a buzz inside my glutes, love it", Level.NONE),
        ("the bar on my hips hurts like hell even with the foam pad", Level.MODIFY),
        # Coming back after an operation, meaning asked, something heard, a past that is over.
        ("coming back after a hernia repair, how light should I start?", Level.NONE),
        ("what would numbness in the groin mean if a lifter got it?", Level.NONE),
        ("I heard tingly feet can happen with tight shoes, is that right?", Level.NONE),
        ("had a disc bulge in 2018, the physio fixed it, haven't had a problem in years", Level.NONE),
        ("my back used to ache after thrusts, I lowered the bench and it's never come back", Level.NONE),
        # A cancer history beside sore glutes and no pain is background.
        ("finished chemo last year, glutes sore today from thrusts, no back pain at all", Level.NONE),
        ("finished chemo last year and now my lower back aches after thrusts", Level.PROFESSIONAL),
        # Guarded sets the retrained screens stopped raising, now read by the rules: a landing on the backside, a
        # blow with a pain that is "really bad" and "-ing", who the user is and their age opening the message.
        ("slipped on the ice yesterday and landed hard on my bottom, just a dull ache now", Level.PROFESSIONAL),
        ("took a little tumble on the stairs last night, hip a bit sore, 3/10", Level.PROFESSIONAL),
        ("the plates slid off and hit my belly, terrible stabbing pain", Level.EMERGENCY),
        ("retired teacher, 67, my low back has started aching this month, never had back trouble", Level.PROFESSIONAL),
        ("3 sets, 60, 70 and 80kg, lower back a bit tight after", Level.MODIFY),
    ],
)
def test_wordings_from_the_seventy_fourth_to_seventy_seventh_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A mild ache gone by the next morning or settled the same day, whatever else the message mentions.
        (
            "lower back 3/10 yesterday after thrusts, woke up this morning feeling fine. I had my appendix out in May",
            Level.MODIFY,
        ),
        ("a slight low back ache after thrusts, settled down by lunch. back after a knee injection", Level.MODIFY),
        ("back hurt a bit mid set so I stopped, stretched, and it settled", Level.MODIFY),
        ("4/10 back ache after landmine presses yesterday, completely gone this morning", Level.MODIFY),
        # With a sign the net keeps its say.
        ("mild back ache yesterday, woke up this morning feeling fine but both my feet are tingling", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_seventy_fourth_to_seventy_seventh_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The anus and the pelvis in other words; the urge to go gone; a star for a letter.
        ("skin around my back passage feels numb since this morning", Level.EMERGENCY),
        ("my whole pelvic region has gone numb since the session", Level.EMERGENCY),
        ("I no longer feel the urge to pee, nothing since last night, and my back aches", Level.EMERGENCY),
        ("sorry to be blunt but my d*ck is numb since yesterday's thrusts", Level.EMERGENCY),
        # Tingling that reached both legs, told with "it's".
        ("tingling began in my right calf and now it's both legs", Level.EMERGENCY),
        # Weight lost in stone, a pain back for the third week in a row, pain down through the buttock into the thigh.
        ("lost nearly two stone without trying and my back aches at night", Level.PROFESSIONAL),
        ("same ache in my lower back after thrusts, fifth week in a row now", Level.PROFESSIONAL),
        ("it shoots down into my left buttock and then the back of my leg", Level.PROFESSIONAL),
        # A question marked as one after it, with no question mark.
        ("if my legs ever went numb mid set what would i do... just wondering", Level.NONE),
        # A twinge called little or an ache, gone soon; a pinch called tight rather than painful; the back doing the
        # work "than my bottom".
        ("my low back twinged a tiny bit on the last rep, settled down after a stretch", Level.MODIFY),
        ("felt a twinge of tightness in my lower back, 2/10, gone by the next morning", Level.MODIFY),
        ("at lockout my lower back is pinching a little, more tight rather than painful", Level.MODIFY),
        ("I feel the thrusts more in my lower back than my bottom", Level.MODIFY),
        # An old injury is history; a massage gun's buzz while it runs.
        ("my old hamstring injury from rugby is long gone, how heavy should I go?", Level.NONE),
        ("the massage gun makes my calf tingle while it's running, stops when I switch it off", Level.NONE),
    ],
)
def test_wordings_from_the_seventy_eighth_to_eighty_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # The back doing the glutes' work, mildly achy; the bar on the hips however much it hurts; signs said normal.
        ("my glutes aren't firing at all, my lower back feels a bit achy instead", Level.MODIFY),
        ("pad slipped off and the bar on my hip bones hurts like hell", Level.MODIFY),
        ("lower back was tight yesterday, fine today. bladder, legs, everything normal", Level.MODIFY),
        # A toilet word that is no denial keeps the net's say.
        ("lower back tight and the toilet feels weird since", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_seventy_eighth_to_eighty_first_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Numbness still on the move as the user writes; retention in someone else's words; a loaded bar dropped.
        ("pins and needles in my right shin, now its creeping up into my knee", Level.EMERGENCY),
        ("numb patch on my left foot since monday and it's spreading", Level.EMERGENCY),
        ("my husband can't fully empty his bladder since his leg day", Level.EMERGENCY),
        ("my training partner dropped the loaded bar on his pelvis and he can't stand up", Level.EMERGENCY),
        # Weight lost that the user cannot explain; a path from the buttock into the thigh with no verb.
        ("been losing weight for weeks and can't explain it, my back hurts too", Level.PROFESSIONAL),
        ("a burning line from my left glute down to the back of my knee", Level.PROFESSIONAL),
        # What a sign would feel like, or mean "if I ever got it".
        ("what would cauda equina feel like?", Level.NONE),
        ("what would numb legs mean if I ever got it?", Level.NONE),
        # Talk about the bot and events ahead; a night out; old sciatica gone for years; "nothing sharp".
        ("that 5am reminder woke me up, can you move it to 7?", Level.NONE),
        ("do you keep messages about bowel problems? just curious about privacy", Level.NONE),
        ("the reminder crashed the app when I set it", Level.NONE),
        ("meet is in 2 weeks, taper plan for thrusts?", Level.NONE),
        ("low back a bit achy like after dancing all night, fine by lunch", Level.MODIFY),
        ("my old sciatica hasn't been back in years. glutes are just sore from thrusts", Level.NONE),
        ("small twinge in my low back on the last rep, settled once I stopped, nothing sharp", Level.MODIFY),
        ("my hip bones look like I fell off a bike, bruised from the bar", Level.MODIFY),
    ],
)
def test_wordings_from_the_eighty_second_to_eighty_fifth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A cramp that nearly made the user drop the bar is no dropped bar.
        ("hamstring cramp nearly made me drop the bar on my last set", Level.MODIFY),
        # A bar that was dropped is.
        ("hamstring cramp and I dropped the bar on my hips", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_eighty_second_to_eighty_fifth_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Typed in a hurry: "num", "p" for pee, "r" for are, "yr", "shld", "hammy".
        ("my taint went num on the last set", Level.EMERGENCY),
        ("since lunch i cant p properly and my lower bak aches", Level.EMERGENCY),
        ("both feet r num after leg day", Level.EMERGENCY),
        ("if i ever get num down there what shld i do", Level.NONE),
        ("hurt my back 2 yrs ago, all gone now, is 3 sets enough?", Level.NONE),
        ("hammy cramp on the last rep", Level.MODIFY),
        # Literal translations: legs without force, ants in the leg, a leg sleeping, the back that complains.
        ("my two legs have no force since the morning", Level.EMERGENCY),
        ("i have ants on the right foot since monday", Level.PROFESSIONAL),
        ("my left thigh is sleeping since the training", Level.PROFESSIONAL),
        ("lowered the weight and moved the bench, but my back still complains every session", Level.PROFESSIONAL),
        ("it makes me bad in the kidneys on the last reps, the next day it's gone", Level.MODIFY),
        ("you are a crack, thanks for the tips!", Level.NONE),
        # Cancer by its name; bumps on the kit.
        ("had sarcoma as a teen and now my low back aches after thrusts", Level.PROFESSIONAL),
        ("knocked my lower back on the rack, a little tender", Level.PROFESSIONAL),
        ("banged my hip against the upright loading plates, bit sore", Level.PROFESSIONAL),
        # What-ifs about someone, or asked in general.
        ("if he ever can't feel his groin after a set, what then?", Level.NONE),
        ("if somebody has numbness between the legs after lifting, is it serious?", Level.NONE),
        ("generally, what does loss of bladder control mean?", Level.NONE),
        ("what would leg weakness mean if I had it after a session?", Level.NONE),
        # A known leak; a seat or foot asleep from hours of sitting, back the moment the user got up.
        ("a little leak on heavy sets as usual, but my glutes feel great", Level.NONE),
        ("butt went dead on a long flight, came back as soon as I stood up. legs day tomorrow?", Level.NONE),
        ("left foot fell asleep on a road trip and woke up fine once I walked", Level.NONE),
    ],
)
def test_wordings_from_the_eighty_sixth_to_eighty_ninth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Signs denied in a list end with the net kept at a form fix.
        ("back a bit tight on the last set. no leaks, not numb, everything fine down there", Level.MODIFY),
        # Numbness between the legs after a long drive keeps its weight, however it ended.
        ("groin went numb on a long drive, came back when I got out", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_eighty_sixth_to_eighty_ninth_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Slang that reads like a denial; the inner cheeks.
        ("not me peeing myself during the last set 💀 fr", Level.EMERGENCY),
        ("inner cheeks gone numb since yesterday no cap", Level.EMERGENCY),
        # Blows in contact sport; back pain dated from an event days ago.
        ("got kneed in the lower back at judo, pain is like 3/10", Level.PROFESSIONAL),
        ("took an elbow to the low back in a scrum, really bad pain, can't stand up straight", Level.EMERGENCY),
        ("my back has been sore since the match 12 days ago", Level.PROFESSIONAL),
        # Questions about what others say or ask; a sign read about "if it ever happens".
        ("why do physios say numbness in the groin means A&E?", Level.NONE),
        ("my client asked if losing bowel control after squats is an emergency", Level.NONE),
        ("if that cauda equina thing ever shows up, what do I do?", Level.NONE),
        # Fears and self-diagnoses the message itself takes back; googling; hyperbole.
        ("pretty sure I've ripped something lol, my glutes are just really sore", Level.NONE),
        ("hip bones sore from the bar, praying this isn't a fracture", Level.MODIFY),
        ("feel it in my back not glutes, looked up 'spondylolysis' and now I'm scared", Level.MODIFY),
        ("freaking out it's a trapped nerve, but it's just a stiff neck from looking up", Level.MODIFY),
        ("glutes sore to death after yesterday", Level.NONE),
        # A DOMS that is back, a greeting, a cramp stretched away, a fever that was flu.
        ("its back... the soreness, same as every monday", Level.NONE),
        ("hi, back again! how many sets for a beginner?", Level.NONE),
        ("calf... no, hamstring cramp on the last rep, walked it off and it went", Level.MODIFY),
        ("the temperature I had on sunday was just a cold, better now. ok to train?", Level.NONE),
    ],
)
def test_wordings_from_the_ninetieth_to_ninety_third_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A back that is back again, with pain, keeps the net's say.
        ("hey, back again, my lower back pain is back and worse", Level.EMERGENCY),
        # "...and it went pop" is an injury, not a cramp that went.
        ("stretched my hamstring and it went pop", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_ninetieth_to_ninety_third_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Someone else's age and their new back pain; a bump told in the present tense.
        ("my dad is 67 and never had back trouble, now he's got it after the thrusts", Level.PROFESSIONAL),
        ("saw a lifter bump her lower back on the rack, she says it's fine-ish", Level.PROFESSIONAL),
        # Hours counted, still there.
        ("50 hours later the low back still aches", Level.PROFESSIONAL),
        # Numbers that are loads, goals, progress and which rep, not durations or scores.
        ("can I go from 60 to 100kg in a month?", Level.NONE),
        ("8 weeks and went from 40 to 90kg, love this program", Level.NONE),
        ("lower back takes over on rep 9 of 10", Level.MODIFY),
        # What-ifs and questions for others: "what do I tell them", "neither of us", "for a blog post".
        ("if a client ever says her groin is numb, what do I tell her", Level.NONE),
        ("my sister asked what causes bladder leaks after heavy squats, neither of us has it", Level.NONE),
        ("what would I do if my legs went weak? asking for a workshop I'm running", Level.NONE),
        # A baby that wakes the parents; a return to training; a back fine the next day.
        ("newborn woke us up five times, ok to train tired?", Level.NONE),
        ("came back to training after a month off, how much weight should I start with?", Level.NONE),
        ("low back slightly tight after thrusts, fine the next day", Level.MODIFY),
    ],
)
def test_wordings_from_the_ninety_fourth_to_ninety_seventh_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A mild back ache gone the next day is the pain-monitoring rule's acceptable case.
        ("back a little sore after heavy sets, all fine the next day", Level.MODIFY),
        # Still there the next day, it is not.
        ("back a little sore after heavy sets, still sore the next day", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_ninety_fourth_to_ninety_seventh_blind_sets(text: str, ceiling: Level) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Kit that smacks, pain that makes the user cry, a leg that takes no weight; a drop onto furniture.
        ("the plate smacked into my shin and I'm crying from the pain, can't put weight through it", Level.EMERGENCY),
        ("lost my balance and we dropped onto the bed frame, lower back smarts", Level.PROFESSIONAL),
        ("a dumbbell rolled onto my lower back, a bit tender", Level.PROFESSIONAL),
        # A statement tagged "right?"; exasperation is no pain.
        ("it's a sharp pain but it only lasts a second so it's fine right?", Level.PROFESSIONAL),
        ("ugh ok, lowered the bar like you said but my hamstrings still take over", Level.MODIFY),
        # Questions about signs, for someone else or as terms.
        ("my mum asked what warning signs to look out for with a sore back", Level.NONE),
        ("if my brother's feet ever go numb mid-set, what should he do?", Level.NONE),
        ("what's the difference between sciatica and a pulled hamstring?", Level.NONE),
        ("what's cauda equina?", Level.NONE),
        # Settled overnight or by waking; pain said to be gone, 100%; menopause night sweats.
        ("low back kinda achy 4/10 after thrusts, eased overnight", Level.MODIFY),
        ("the back ache from last week has gone, completely. can I add weight?", Level.NONE),
        ("hot flushes at night (perimenopause), any tips for recovery?", Level.NONE),
    ],
)
def test_wordings_from_the_ninety_eighth_to_hundred_and_first_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A mild ache that eased overnight is the pain-monitoring rule's acceptable case.
        ("lower back a bit stiff after thrusts, gone when I woke up", Level.MODIFY),
        # "what's X?" about the user's own body is no term asked about.
        ("what's this numbness in my groin?", Level.EMERGENCY),
        ("what's numbness down there?", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_ninety_eighth_to_hundred_and_first_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Someone else's leg, with or without the apostrophe; still there after last week.
        ("shooting pain down the back of my friends leg when she thrusts", Level.PROFESSIONAL),
        ("a zap down their thigh every rep", Level.PROFESSIONAL),
        ("the hip ache from last week has not really settled", Level.PROFESSIONAL),
        ("my lower back is still sore every single morning", Level.PROFESSIONAL),
        # A question about a term, however it is sworn at; the past that is over.
        ("what on earth does cauda equina mean", Level.NONE),
        ("a month ago my back was sore after thrusts, completely fine now. more volume?", Level.NONE),
        # Signs said to be absent; a product used; a known supplement tingle; quads doing the work for weeks.
        ("back a bit achy at the top, 4/10, by morning it's fine. nothing wrong with the waterworks", Level.MODIFY),
        ("putting some lidocaine cream on my hip bones before thrusts, good idea?", Level.NONE),
        ("beta alanine tingles in my cheeks and ears, normal?", Level.NONE),
        ("pre-workout itch aside, glutes felt great", Level.NONE),
        ("quads cooked again, glutes barely work, 2 weeks of this", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_second_to_hundred_and_fifth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # The bar on the hips with no blow: "no drop" denies the impact.
        ("bar dug into my hip bones, sore but ok, no drop", Level.MODIFY),
        # Tingling in the hands and feet names the feet too.
        ("pre workout tingles in my hands and feet for hours", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_second_to_hundred_and_fifth_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What the body can no longer do, told as the task: the bladder's fullness, the cold or a towel not felt where
        # one sits, legs that will not hold, strength or help with a leg that changes by the day.
        ("since Monday I can't tell when my bladder is full", Level.EMERGENCY),
        ("I didn't feel the towel on my bum or between my legs after the shower", Level.EMERGENCY),
        ("neither leg will take my weight since this morning", Level.EMERGENCY),
        ("the strength in my legs is less every day since the weekend", Level.EMERGENCY),
        ("yesterday I needed a hand to lift my left leg into bed, now I need both hands", Level.EMERGENCY),
        # Woken by the back, an electric line to the foot, a joint that slipped out, a sudden pull, limping after every
        # fix, days "on" that are no better, a first bad back past fifty, a foot half numb for days, two negatives.
        ("I wake up every night because my back throbs", Level.PROFESSIONAL),
        ("an electric shock down to my foot when I stretch", Level.PROFESSIONAL),
        ("I think my kneecap dislocated at lockout, it went back in", Level.PROFESSIONAL),
        ("sudden pull in my hamstring on the last rep", Level.PROFESSIONAL),
        ("fixed my setup and went lighter but I'm still limping after sessions", Level.PROFESSIONAL),
        ("five days on and my lower back is no better", Level.PROFESSIONAL),
        ("I'm 57 and never had a bad back before, but it's been aching since I started thrusts", Level.PROFESSIONAL),
        ("my foot has been half numb since the weekend, nothing else", Level.PROFESSIONAL),
        ("I still can't put my socks on without my back grabbing, a week now", Level.PROFESSIONAL),
        # Someone else's sign already in care, long known, a week past or asked about only to avoid it.
        ("my training partner's legs went numb last week so I sent him to A&E, how do I cue my own feet?", Level.NONE),
        ("my mum can't feel her feet, she's diabetic. what load should I start with?", Level.NONE),
        ("my buddy tore his hamstring doing these. how do I avoid that?", Level.NONE),
        # What-ifs, questions about people, signs asked and answered by the user.
        ("hypothetically, if someone lost bladder control mid-set, what should they do?", Level.NONE),
        ("numb? nope. tingly? nope. glutes just tired", Level.NONE),
        ("is it true lifters wet themselves on heavy sets?", Level.NONE),
        ("felt the seat, felt the paper, no drips, just anxious", Level.NONE),
        # Training feel in functional words: wobbly legs gone in minutes, the toilet a mission for sore glutes, help
        # that was kindness, a progress story, glutes dead the good way, a seat asleep on a ride, days that feel great.
        ("legs went wobbly after the last set, fine a few minutes later", Level.NONE),
        ("getting off the toilet is a mission today, glutes wrecked from thrusts", Level.NONE),
        ("my mate helped me put on my shoes but only because he was being kind, glutes just sore", Level.NONE),
        ("two years ago I couldn't climb stairs without pain and now I can thrust 100kg", Level.NONE),
        ("my bum was dead after that workout, the good kind of dead", Level.NONE),
        ("my bum went to sleep on the bus ride, fine once I got moving", Level.NONE),
        ("3 days post comp and I feel great", Level.NONE),
        # A dull pinch is no sharp pain; glutes "doing nothing" are not working, not at rest.
        ("back pinching a little, but dull, about a 6", Level.MODIFY),
        ("glutes doing nothing, quads on fire", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_sixth_to_hundred_and_ninth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Kit that knocked the hip, called mild and walked off: a referral, not an emergency.
        ("the plate rolled and knocked my hip, only a bit sore, walked off fine", Level.PROFESSIONAL),
        # A pain running down one named leg, no numbness or weakness; with weakness in the other leg it stays open.
        ("a burning line from my right hip down to my ankle when I drive", Level.PROFESSIONAL),
        ("burning down my left leg and now the right leg is weak", Level.EMERGENCY),
        # "wiped out" is tired, not wiping.
        ("had to sit down in the shower, wiped out after leg day", Level.MODIFY),
        # A stiff back the morning after, gone by lunch: the pain-monitoring rule's acceptable case.
        ("lower back a bit stiff when I got up this morning, by lunch it had settled", Level.MODIFY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_sixth_to_hundred_and_ninth_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Clinicians' shorthand: paraesthesia, hypoaesthesia, retention, a history of cancer, LBP, a positive SLR.
        ("new saddle hypoaesth since this morning", Level.EMERGENCY),
        ("urinary retention since the session, back sore", Level.EMERGENCY),
        ("paresth both feet since yesterday", Level.EMERGENCY),
        ("R leg paresth, lateral calf, 2 days, stable", Level.PROFESSIONAL),
        ("night pain in my lumbar, wakes me around 4am", Level.PROFESSIONAL),
        ("hx prostate ca, new LBP after thrusts", Level.PROFESSIONAL),
        ("+SLR on the right, LBP with it", Level.PROFESSIONAL),
        ("had a PT fix my form and halved the load, my back still hurts every rep", Level.PROFESSIONAL),
        # Someone else's sign now, relayed (fine yesterday is no all-clear today); a question about people, then "mine".
        ("my husband says he can't feel either of his legs since lunch", Level.EMERGENCY),
        ("my dad can't feel his feet since this morning, he was fine yesterday", Level.EMERGENCY),
        (
            "is it normal to lose feeling between your legs after thrusts? mine has been like that since Sunday",
            Level.EMERGENCY,
        ),
        # Someone else's long-standing condition or past injury; a claim heard and asked about; an essay question.
        (
            "my nan has been incontinent for years since her surgery, I help her out. best rep range for glutes?",
            Level.NONE,
        ),
        ("my boyfriend hurt his back last year, how do I avoid that on thrusts?", Level.NONE),
        ("my friend heard hip thrusts can give you sciatica, is that true?", Level.NONE),
        ("asking for a uni essay: what happens if someone's bladder stops working after lifting?", Level.NONE),
        # Signs said to be fine, a leg asleep in a lecture, dead glutes the good way, a year long past, "almost".
        ("my bladder's fine, bowels fine, just sore glutes", Level.NONE),
        ("my leg went to sleep in a lecture, came back after a minute", Level.NONE),
        ("glutes dead in the good way after that session", Level.NONE),
        ("sciatica 2012, fully resolved, nothing since", Level.NONE),
        ("almost peed myself laughing at my gym buddy", Level.NONE),
        ("glutes sore 2 days after, is that my sciatic nerve? it's fading", Level.NONE),
        # Cramps and a makeshift pad outlasting the fixes; a 6 that went at once; a pinched neck; weak hip flexors.
        ("hamstrings cramp every set, even after lowering the weight", Level.MODIFY),
        ("used a towel as padding but the bar still hurts my hips when I thrust", Level.MODIFY),
        ("pain about a 6 in my back on the last rep, it went once I racked it", Level.MODIFY),
        ("a pinch in my neck at the top, feels like a crick", Level.MODIFY),
        ("my hip flexors are weak, quads take over", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_tenth_to_hundred_and_thirteenth_blind_sets(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A training progression is no course of a sign; numbness that progresses is.
        ("sciatica in 2014, healed, progressing to heavier thrusts now", Level.NONE),
        ("numbness progressing down my leg", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_tenth_to_hundred_and_thirteenth_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Lasting, woken at night, fixes then the same pain, a slip with the bar, an unnoticed leak; a night out, a long
        # sit, the cold, a trip ahead, a saddle sore, someone else's drama, a popped earbud, the good kind of tight, a
        # period's day 3, a year long past, a hamstring locked up, sunburnt hips.
        ("my lower back has been sore since the hike and it's day 5 now", Level.PROFESSIONAL),
        ("every night I've woken at 4am with lower back pain", Level.PROFESSIONAL),
        ("changed my bar position and dropped the load. Still got the same back ache every set", Level.PROFESSIONAL),
        ("slipped on the wet floor and fell with the bar, sore hip but walking", Level.PROFESSIONAL),
        ("leaked into my leggings during the set and didn't even notice", Level.EMERGENCY),
        ("pump in my glutes then we danced all night, legs dead in the best way", Level.NONE),
        ("my legs are dead, squats then a long hike", Level.NONE),
        ("numb bum from sitting on the train for 5 hours, gone once I walked around", Level.NONE),
        ("fingers were cold and numb on the bike ride in, warmed up in a few minutes", Level.NONE),
        ("what if my feet went numb on the slopes? asking because I've got a ski trip", Level.NONE),
        ("saddle sore from the spin class but it's only rubbed skin, feeling is normal down there", Level.NONE),
        ("a guy at my gym dropped the bar on himself and left in an ambulance. all fine for me", Level.NONE),
        ("my mate fell off the box last month, he's been back training for weeks, all good", Level.NONE),
        ("felt a 'pop'... of my earbud falling out lol", Level.NONE),
        ("glutes tight in the good way after 4x10", Level.NONE),
        ("day 3 of my period, glutes felt strong today", Level.NONE),
        ("had back pain in 2018, fully fine since, I'm back to running every week", Level.NONE),
        ("hamstring locked up at lockout, had to rack it", Level.MODIFY),
        ("sunburnt hips and the bar on them is agony", Level.MODIFY),
        # English mixed with Turkish, German, French, Spanish, Polish and Hindi: the sign in the other language.
        ("kemarin ok. sabah tuvalete gidemiyorum, hiçbir şey gelmiyor", Level.EMERGENCY),
        ("meine Schwester sagt nichts, aber ich hab seit gestern kein Gefühl am Po", Level.EMERGENCY),
        ("j'ai plus de sensation à l'intérieur des cuisses depuis hier", Level.EMERGENCY),
        ("mi hermano me dice que no siente nada entre las piernas", Level.EMERGENCY),
        ("ostry ból w plecach, only at lockout", Level.PROFESSIONAL),
        ("j'ai mal aux lombaires depuis 5 jours, ça passe pas", Level.PROFESSIONAL),
        ("vor drei Jahren Brustkrebs, jetzt neuer Rückenschmerz nach den Thrusts", Level.PROFESSIONAL),
        ("sigue doliendo en la zona lumbar aunque fixed my form and dropped the weight", Level.PROFESSIONAL),
        ("hipotetycznie, what if someone's bladder stopped working? pytam z ciekawości", Level.NONE),
        ("2 saal pehle kamar mein dard tha, physio ke baad gayab, ab koi problem nahi", Level.NONE),
        ("mis isquios se acalambran at lockout", Level.MODIFY),
        ("lo siento más en la espalda baja que en los glúteos", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_fourteenth_to_hundred_and_seventeenth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Relayed now ("she's fine but...", "not his", a fall earlier today), spreading, the other side joining,
        # either thigh, more often than before, "it's there" at rest; claims and stories heard, what-ifs about anyone,
        # idioms (sharp as a tack, will to live, dead tired), plans and PR streaks; the bar on the hip pointers,
        # morning stiffness easing, the back doing the work for weeks, cramps and bar pain that keep coming.
        (
            "my partner says she's fine but she hasn't peed since this morning and doesn't feel the need",
            Level.EMERGENCY,
        ),
        ("my husband says his inner thighs feel dull, like they're not his", Level.EMERGENCY),
        ("the tingling in my left leg has spread from the ankle up to the knee this afternoon", Level.EMERGENCY),
        ("left leg has been numb for months, now the right one is numb as well. both sides now", Level.EMERGENCY),
        ("since Friday no feeling on the inside of either thigh", Level.EMERGENCY),
        ("she fell off the box earlier, says she's ok, just a bit sore", Level.PROFESSIONAL),
        ("used to be now and then, now most sessions my hip catches at the top", Level.PROFESSIONAL),
        ("it's there when I'm just sitting on the couch now, didn't used to be", Level.PROFESSIONAL),
        ("my client says she can't feel her glutes working at all", Level.NONE),
        ("my brother's friend apparently had sciatica from deadlifts once. my brother is totally fine", Level.NONE),
        (
            "my coach keeps telling stories about people who dropped bars on their hips, how do I set up safely?",
            Level.NONE,
        ),
        ("someone at the gym said thrusts gave them a herniated disc, is that a myth?", Level.NONE),
        ("what would happen if ur legs went numb mid set? asking bc I saw a tiktok", Level.NONE),
        ("what if someone's back gave out mid rep, what should they do?", Level.NONE),
        ("sharp as a tack this morning, new PR", Level.NONE),
        ("last set I couldn't feel my will to live lol, glutes destroyed", Level.NONE),
        ("legs dead tired after leg day, nothing hurts", Level.NONE),
        ("fifth week in a row of PRs, what next?", Level.NONE),
        ("should I keep the same load for 2 weeks before adding weight?", Level.NONE),
        ("hip pointers screaming under the bar today, forgot my pad", Level.MODIFY),
        ("woke up with a stiff lower back after yesterday's session, not sharp, easing already", Level.MODIFY),
        ("I feel it more in my lower back than my glutes, has been like that for weeks", Level.MODIFY),
        ("hamstring cramps again, fourth session in a row", Level.MODIFY),
        # Control said to be missing, in a negative; the same pain every session for weeks.
        ("I haven't had control over my bladder since this morning", Level.EMERGENCY),
        ("my wife says she is fine but she has not peed since last night", Level.EMERGENCY),
        ("he had not peed all day after the session", Level.EMERGENCY),
        ("keeps getting the same hip pain every session, weeks now", Level.PROFESSIONAL),
        ("the bar hurts my pelvis every session since I passed 100kg", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_eighteenth_to_hundred_and_twenty_first_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("glutes sore and my left leg numb, the good kind", Level.PROFESSIONAL),
        ("saddle sore from riding, just chafed skin, but now I cant feel between my legs", Level.EMERGENCY),
        (
            "numb bum from sitting on the train, gone once I walked around but now my inner thighs are numb",
            Level.EMERGENCY,
        ),
    ],
)
def test_training_feel_and_harmless_numbness_never_swallow_a_sign_told_after_them(text: str, level: Level) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Everything done and the same pain; "day 5 now", hours past three days; a fall of theirs with a limp; a first
        # back pain in years past fifty; DOMS at 48 hours, a wish to keep it that way, a clip that snapped, sweat, a
        # mood; someone else's once or years ago; reading scary stuff; legs "going to fall off".
        ("back ache hanging around since the long drive 4 days ago, no change", Level.PROFESSIONAL),
        (
            "did everything you said last month. the glutes work more now, but I still get the same pain in my lower "
            "back most sessions",
            Level.PROFESSIONAL,
        ),
        ("no better. day 5 now", Level.PROFESSIONAL),
        ("still the same, 96 hours later", Level.PROFESSIONAL),
        (
            "my sister slipped off the box and landed on her side, says she's fine, just sore, but she's limping",
            Level.PROFESSIONAL,
        ),
        ("I'm 58, haven't had back pain in years, and now it's started since I began thrusting", Level.PROFESSIONAL),
        ("glutes sore 48h later, easing now", Level.NONE),
        ("I'm 55 and never had back pain, want to keep it that way", Level.NONE),
        ("heard a pop, turned out to be the collar snapping off the bar, not me", Level.NONE),
        ("leaking sweat everywhere on the bench today, glutes on fire", Level.NONE),
        ("honestly numb about the whole thing, my progress has stalled", Level.NONE),
        ("my brother's legs went numb once on a long drive. what rep range for glutes?", Level.NONE),
        ("my client leaked a little once, years ago, and has done pelvic floor physio since. tips?", Level.NONE),
        ("been reading scary stuff online, is numbness down there a thing with thrusts?", Level.NONE),
        ("my legs are going to fall off after that session", Level.NONE),
    ],
)
def test_wordings_from_the_hundred_and_twenty_second_to_hundred_and_twenty_fifth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    "text",
    [
        "my back is about to break lol. it's only a bit stiff tho",
        "I reckon my spine is broken. okay it's just a little sore after hip thrusts",
        "lower back gonna snap in half (jk, it's just tight)",
    ],
)
def test_a_broken_back_taken_back_at_once_is_a_mild_ache_the_net_cannot_raise(text: str) -> None:
    result = triage_text(text)
    assert result.level is Level.MODIFY
    assert Flag.POP_INJURY.value not in result.flags
    assert net_ceiling(result) is Level.MODIFY


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # What-ifs in anyone's name, someone else's all-clear, an old twinge put behind; glutes "dead", "killing it",
        # "sharp" kit, a claim about the lift; the urge gone, passing water, a blow with bad pain, both feet dragging,
        # wobbly legs that have not come back, numbness reaching further, a rhetorical tag question; something that
        # went, a quoted sign asked about, a fix followed by the same pain; a settling tightness or a cramp after a
        # fix; the noise that was the kit; quads or back over the glutes; the bar chafing; a decades-old back; weeks
        # pregnant.
        ("what if your legs both went numb during a set?", Level.NONE),
        ("if a person suddenly can't feel their feet after squats, is that serious?", Level.NONE),
        ("what if a client told me her groin went numb mid set, what do I say?", Level.NONE),
        ("a guy at my gym dropped the bar on his hip last yr, hes fine now", Level.NONE),
        ("knee is fine now, that twinge was last winter", Level.NONE),
        ("the sciatica scare was during my pregnancy, anyway that was 2 years ago. best rep range?", Level.NONE),
        ("glutes are dead 💀 great session", Level.NONE),
        ("absolutely killing it this week, 3 PRs", Level.NONE),
        ("stiff glutes the morning after, walked it off", Level.NONE),
        ("looking sharp in my new lifting belt", Level.NONE),
        ("my trainer reckons hip thrusts stop bladder leaks. is that true?", Level.NONE),
        ("I don't get the urge that I need to go any more", Level.EMERGENCY),
        ("only noticed I'd wet myself when I stood up from the bench", Level.EMERGENCY),
        ("can't pass water since last night even though I want to", Level.EMERGENCY),
        ("I'm 20 weeks and the bar slipped onto my belly, the pain is really bad", Level.EMERGENCY),
        ("both my feet keep dragging when I walk today", Level.EMERGENCY),
        ("my feet are dragging after that leg day lol", Level.NONE),
        ("legs went wobbly, both of them, and they haven't come back after two hours", Level.EMERGENCY),
        ("it was only my toes yesterday, now the numbness is up to my shin", Level.EMERGENCY),
        (
            "you said it was just soreness. soreness doesn't make you lose control of your bladder does it",
            Level.EMERGENCY,
        ),
        ("felt something go in my hamstring on the last rep", Level.PROFESSIONAL),
        ("is 'shooting' down the leg normal?", Level.PROFESSIONAL),
        ("changed my foot position like you said. still hurts in my lower back every set.", Level.PROFESSIONAL),
        (
            "reduced the load like you said, my back is a bit tight during the set but fine after a couple of minutes",
            Level.MODIFY,
        ),
        ("my hammies still cramp even after I moved my feet like you said", Level.MODIFY),
        ("the crack was just the plates rattling, I'm fine", Level.NONE),
        ("I feel the hip thrust only in the front of my thighs", Level.MODIFY),
        ("low back feels it, glutes nothing", Level.MODIFY),
        ("hip bones getting chafed by the bar", Level.MODIFY),
        (
            "I'm 63 and have had a dodgy back on and off for years, a bit stiff after thrusts, eased after my walk",
            Level.MODIFY,
        ),
        ("my partner dropped a dumbbell on my lower back by accident, just sore", Level.PROFESSIONAL),
        ("I'm 30 weeks, a bit of a tight back after thrusts", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_twenty_sixth_to_hundred_and_twenty_ninth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # The ache moved to the neck; over 5 but fine now, or fine at a lighter load; a fall the user calls okay-ish;
        # a leg sign placed on one side, said last.
        ("tried the chin tuck, now my neck aches instead of my back", Level.MODIFY),
        ("back went to 7/10 on the top set but i racked it, fine now", Level.MODIFY),
        ("at 140 my back aches about 7/10, at 120 it's fine", Level.MODIFY),
        ("slipped on the stairs and landed on my tailbone, okay-ish, slight ache", Level.PROFESSIONAL),
        ("toes go tingly one side", Level.PROFESSIONAL),
    ],
)
def test_what_the_net_may_raise_from_the_hundred_and_twenty_sixth_to_hundred_and_twenty_ninth_blind_sets(
    text: str, ceiling: Level
) -> None:
    result = triage_text(text)
    assert result.level <= ceiling
    assert net_ceiling(result) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A blow with stars seen and no weight borne; an ache days "already"; a needle put in; something torn, a ripping
        # feeling, a zap from the back into the calf, the back suddenly a struggle past fifty; what-ifs for anyone,
        # their own with a plan asked for, a story; troubles long over ("none since", "now no problems"); the guy at
        # the gym; awake with nothing hurting, a baby at 4am; a diet or office days for a while; a plan "killing me
        # haha"; a nuisance that "is a pain"; pop music; loo trips from drinking; legs shaky for seconds; legs or a bum
        # asleep from sitting; fingers numb with cold; still felt in the back after going lighter; over 5 but ok now at
        # home; a stiff morning with separate days in the message; cramps with a dog waking the user.
        ("the plate fell on my toes, I'm seeing stars, can't put my foot on the floor", Level.EMERGENCY),
        ("my back ache is 5 days already, no better", Level.PROFESSIONAL),
        ("feels like someone stuck a needle into my glute at lockout", Level.PROFESSIONAL),
        ("I think I tore something, sudden snapping feeling in my hamstring", Level.PROFESSIONAL),
        ("felt a ripping sensation in my groin on the last rep", Level.PROFESSIONAL),
        ("I felt a zap go from my lower back down into my right calf", Level.PROFESSIONAL),
        ("at 58 rolling over in bed is suddenly a struggle for my back", Level.PROFESSIONAL),
        ("what if someone lose the feeling in their legs mid set?", Level.NONE),
        ("what if somebody wakes up with numb legs? asking for a novel I'm writing", Level.NONE),
        ("had a disc bulge in 2017, none since. how high should the bench be?", Level.NONE),
        ("two years ago I had sciatica, now no problems at all", Level.NONE),
        ("MS here, what if my legs went numb during a set, what should I do?", Level.NONE),
        ("the guy at my gym dropped a plate on his foot last month, he's fine now", Level.NONE),
        ("in bed, can't sleep, scrolling hip thrust videos", Level.NONE),
        ("the baby keeps waking me at 4am so I'm tired for thrusts", Level.NONE),
        ("doing a keto diet for a month, glutes feel great", Level.NONE),
        ("my boss wants me in the office 5 days now, when should I train?", Level.NONE),
        ("this plan is killing me haha, glutes on fire", Level.NONE),
        ("bus was late again, which is a pain, but thrusts went well", Level.NONE),
        ("the gym has a pop-up class on Sundays and I love pop music", Level.NONE),
        ("drinking 3 litres of water so I keep running to the toilet between sets", Level.NONE),
        ("legs a bit shaky for a few seconds after the top set, then totally fine", Level.NONE),
        ("sat on the toilet too long and my legs went numb, walked it off", Level.NONE),
        ("bum went numb from sitting on the bench, woke up the second I stood", Level.NONE),
        ("numb from the cold this morning, can barely feel my fingers", Level.NONE),
        ("went lighter this week, still feel it in my low back rather than glutes", Level.MODIFY),
        ("back was 6 out of 10 on the last set, now at home it's ok", Level.MODIFY),
        (
            "woke up with a stiff lower back the morning after, a bit still there. also should I do cardio on separate "
            "days?",
            Level.MODIFY,
        ),
        ("hamstrings cramp every rep, also my dog keeps waking me at 5am", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_thirtieth_to_hundred_and_thirty_third_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A bar that cracked into someone curled up on the floor; "can't hold it in" since a crash; a back that wakes
        # a client at night; stood on in a game; a client's cancer years back with a back complaint now; a name with
        # the age in brackets and the back felt anew; a client whose hip hurts at night; "I've got one who does"; over 5
        # but fine at rest; a course that mentioned a sign nobody has; a client's leak dealt with; a dream; a reel; a
        # foot asleep in a meeting; someone else's drop and all-clear; a steamroller simile; a fall decades over; a
        # crash denied; a tackle simile.
        (
            "one of my lifters let the bar roll down and it smashed into his groin, he's curled up on the floor",
            Level.EMERGENCY,
        ),
        ("came off my bike on Friday and since then I can't hold it in when I need the toilet", Level.EMERGENCY),
        ("Maria's lower back wakes her at night now", Level.PROFESSIONAL),
        ("got my lower back stood on at rugby, not too bad", Level.PROFESSIONAL),
        ("my client had bowel cancer a few years back and is now complaining of a stiff back", Level.PROFESSIONAL),
        ("Dave (61) started feeling his lower back this week, first time ever", Level.PROFESSIONAL),
        ("is it ok to keep coaching a client whose hip hurts at night?", Level.PROFESSIONAL),
        ("does anyone's client get shooting pain down the leg? I've got one who does", Level.PROFESSIONAL),
        ("back is about 6/10 on top sets, fine at rest", Level.MODIFY),
        ("they mentioned cauda equina on my coaching course, what is that? none of my clients have it", Level.NONE),
        (
            "my client wet herself on a max attempt last year, she's done pelvic floor physio since and is fine",
            Level.NONE,
        ),
        ("dreamt that I dropped the bar on my hips lol, woke up fine", Level.NONE),
        ("watched a reel of a guy dropping the bar on his groin, yikes. what pad do you use?", Level.NONE),
        ("my foot fell asleep during a 2 hour meeting lol", Level.NONE),
        ("a lad at my gym dropped the bar on his hip last month, he's fine now, but it made me nervous", Level.NONE),
        ("legs feel like I got run over by a steamroller after that session haha", Level.NONE),
        (
            "fell off a horse when I was 20, all fine since, now my back aches a little after thrusts, gone by the "
            "evening",
            Level.MODIFY,
        ),
        ("back a bit sore this morning after thrusts, I cycle but didn't crash or anything", Level.MODIFY),
        ("hips bruised from the bar like I've been tackled", Level.MODIFY),
    ],
)
def test_wordings_from_the_hundred_and_thirty_fourth_to_hundred_and_thirty_seventh_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Both legs weak since the session, called fatigue; weeks "of aching" now; a child who ran into the bar; legs
        # dead after a race; someone else's drop, tear or fall, dealt with and fine (a club, a buddy, the old man next
        # door, a mum); a "sharp rise"; legs numb from cold water; a brutal glute burn; a worry asked ("did I pull
        # something?"); something heard, with no "I"; an old strain "back in March", fine since; a twisted joint.
        (
            "both legs weak and wobbly since yesterday's session, stairs are hard, probably just fatigue",
            Level.EMERGENCY,
        ),
        ("two weeks of aching lower back now, nothing helps", Level.PROFESSIONAL),
        ("my toddler ran into the bar at lockout and it smacked my hip", Level.PROFESSIONAL),
        ("legs are dead after the marathon lol", Level.NONE),
        ("a guy at my running club dropped a plate on his foot last year, he's fine now", Level.NONE),
        ("my cycling buddy tore his hamstring last month, he's fine after physio", Level.NONE),
        ("expect a sharp rise in strength after 8 weeks of training?", Level.NONE),
        ("a sharp spike of pain in my lower back on the last rep", Level.PROFESSIONAL),
        ("cold water swim, legs went numb from the cold, back to normal after a hot shower", Level.NONE),
        ("the burn in my glutes is brutal on the last set, is that right?", Level.NONE),
        ("so sore in my glutes two days after, did I pull something?", Level.NONE),
        ("heard somewhere that numbness down there is an emergency, how would I know? just curious", Level.NONE),
        ("my mum's back went out last winter, she had physio and it's sorted", Level.NONE),
        (
            "the old man next door fell off his ladder last month, hospital sorted him. what weight should I start "
            "with?",
            Level.NONE,
        ),
        ("back in March I strained my back lifting a sofa, had physio, fine since", Level.NONE),
        ("my ankle twisted on the plate and now it's swollen", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_thirty_eighth_to_hundred_and_forty_first_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Weight lost "like six kilos"; a back that didnt hurt; the rep felt in the lumbar; a leg more numb each day; a
        # bar that came crashing down; a sign asked about as a topic; someone's forecast or claim about the lift,
        # checked; a back that just "went"; an old leak or numbness the op sorted or that never came back; the time
        # before an injury and the injury trained back from; a PT's reading of a radiating pain; a what-if "if you
        # ever"; a sign named as a warning and not had; a glute burn felt as a tingle; someone watched; both signs read
        # about and had; a cramp that outlasted the fix; a clinician's "both sides" warning met; stiff glutes the day
        # after.
        ("dropped about eight kilos without trying, back aches at night", Level.PROFESSIONAL),
        ("lost like 5 kilos without trying and my back keeps hurting", Level.PROFESSIONAL),
        ("my lower back didnt hurt at all today, the brace cue worked", Level.NONE),
        ("back didnt ache once this session", Level.NONE),
        ("felt it in my lumbar on the top set, mild, gone after resting", Level.MODIFY),
        ("a bit of lumbar ache on the last set, eased off once I stopped", Level.MODIFY),
        ("my right leg gets a little more numb every day", Level.EMERGENCY),
        ("my foot is slightly more numb each day this week", Level.EMERGENCY),
        ("the bar came crashing down onto my pelvis and I'm on the floor screaming in pain", Level.EMERGENCY),
        ("plate came crashing down on my shin, I can't stop crying it hurts so much", Level.EMERGENCY),
        ("is saddle numbness something lifters should know about?", Level.NONE),
        ("is bladder leakage something I should worry about with heavy lifting?", Level.NONE),
        ("my mate says I'm gonna snap my back if I keep going heavier", Level.NONE),
        ("my girlfriend says I'm going to break my spine lifting this much lol", Level.NONE),
        ("gym bro reckons heavy thrusts make you lose bowel control lol, any truth in that?", Level.NONE),
        ("my coach says heavy lifting makes you wet yourself, is that a thing?", Level.NONE),
        ("felt my back just go on the third rep, sudden, now I can hardly bend over", Level.PROFESSIONAL),
        ("my back just 'went' halfway through the set and I can't straighten up", Level.PROFESSIONAL),
        (
            "low back ached in the session, 6/10 at worst, settled by the time I got home. coming back from a "
            "hernia layoff",
            Level.MODIFY,
        ),
        (
            "had a slipped disc years ago that made me wet myself once, the op sorted it all out. lifting heavy "
            "again now",
            Level.NONE,
        ),
        ("before my fusion I had tingling down my leg but it's been completely gone for over a year", Level.NONE),
        (
            "I used to get stabbing pain in my hip before the surgery, now there's nothing at all, just the burn",
            Level.NONE,
        ),
        ("hamstrings cramp when I drive through my heels. back after 6 months off with a broken leg", Level.MODIFY),
        ("all quads and no glutes. coming back from a fractured femur", Level.MODIFY),
        ("feel it in my low back more than my glutes, before my surgery it was the opposite", Level.MODIFY),
        (
            "my physio told me the pain running down into my calf is just tight hamstrings, it happens every "
            "time I thrust",
            Level.PROFESSIONAL,
        ),
        (
            "my sister said if you ever lose feeling between your legs you go to A&E, is that right? just "
            "curious, I'm fine",
            Level.NONE,
        ),
        (
            "the coach said stabbing pain would be a warning sign but I only get the glute burn, nothing sharp at all",
            Level.NONE,
        ),
        (
            "the numbness I had in my toes in 2019 turned out to be my shoes. never came back. how far apart "
            "should my feet be?",
            Level.NONE,
        ),
        (
            "my training partner says the tingly burn in my glutes on the last reps is just lactic acid, it's "
            "gone in a minute",
            Level.NONE,
        ),
        (
            "watched a guy on youtube drop the bar on his hips, looked awful. how do I make sure that never "
            "happens to me?",
            Level.NONE,
        ),
        (
            "my physio said fever with back pain is worth getting checked. I've had both since Monday",
            Level.PROFESSIONAL,
        ),
        (
            "read that if your hamstrings cramp you should move your feet closer. did that and still cramping, "
            "what now?",
            Level.MODIFY,
        ),
        ("my physio said to go to A&E if it goes to both sides, well it's on both sides now", Level.EMERGENCY),
        ("the numbness has spread to both legs now", Level.EMERGENCY),
        ("my glutes are stiff today, the usual day after thrusts", Level.NONE),
        ("I'm 61 and never had back pain in my life until this month", Level.PROFESSIONAL),
        ("tried moving my feet and still cramping", Level.MODIFY),
        ("low back ached 6/10 on the top set, it's calmed down already", Level.MODIFY),
        ("a physio on youtube says hip thrusts are killing your back, I've had no issues, clickbait?", Level.NONE),
        (
            "my coach said a grey bruise on the hips means the pad is too thin. no bruising here, which pad "
            "should I buy?",
            Level.NONE,
        ),
        (
            "saw a guy at my gym drop the bar on his hips last week, how do I make sure that never happens to me?",
            Level.NONE,
        ),
    ],
)
def test_wordings_from_the_hundred_and_forty_second_to_hundred_and_forty_fifth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # One leg gone weak, then the other; the urge gone and an accident found; a small accident; numbness placed by a
        # correction; cold as if sat on ice; pain told only by what it is like (a hot iron, a rusty hinge, a stake, a
        # lightning bolt, concrete for days, a heavy feeling in the spine); shivering and burning up; a bar that knocked
        # the hip, not the hip bones it sits on; a foot wrapped in cling film; knots and rubber bands, wooden spoons;
        # a taser and a leg gone weird; someone cleared, healing or fine; a sign taken back as kit or someone else's; a
        # numb bum from a chair; an ache gone completely; "rather than anything sharp"; the same spot every session;
        # cramps and quads after a fix; a burn that moves to the quads; a pad tried; comfort after a shower; daily pain
        # for weeks; a pulled neck; achy glutes the day after; a mum's known bad back; a back that goes warm in the
        # reps.
        ("my left leg went weak halfway through the set", Level.PROFESSIONAL),
        ("my right foot went numb on saturday, now the left one is going too", Level.EMERGENCY),
        ("I never get the need to go feeling now, I just realise I've already gone", Level.EMERGENCY),
        ("had a little accident at work today, couldn't hold it in, back's been sore since leg day", Level.EMERGENCY),
        ("it's not my calf that's numb, it's more the part where you sit on a saddle", Level.EMERGENCY),
        ("around my bum it feels like I've been sitting on an ice pack all day and I haven't", Level.EMERGENCY),
        ("still feels like a hot iron on my lower back when I'm lying in bed doing nothing", Level.PROFESSIONAL),
        ("my neck is like a rusty hinge after thrusts, I think I tuck my chin wrong", Level.MODIFY),
        ("the bar on my hip bones feels like a hot iron every rep", Level.MODIFY),
        (
            "like a wooden stake in my lower back on every rep, even after fixing my feet and dropping the weight",
            Level.PROFESSIONAL,
        ),
        ("a lightning bolt through my lower back at the top, it took my breath away", Level.PROFESSIONAL),
        ("every few weeks my back locks up after thrusts and stays stiff for days", Level.PROFESSIONAL),
        (
            "had cancer a few years ago and now there's a weird heavy feeling in my spine that won't shift",
            Level.PROFESSIONAL,
        ),
        ("shivering all afternoon and burning up, lower back aching too", Level.PROFESSIONAL),
        ("the bar knocked my hip when the pad slid and there's a lump coming up", Level.PROFESSIONAL),
        ("the bar bumped my hip bones on the way up, the pad moved", Level.NONE),
        ("my right foot feels wrapped in cling film since friday", Level.PROFESSIONAL),
        ("back of my thighs knot up right at lockout", Level.MODIFY),
        ("glutes sore like I got whacked with a wooden spoon, day two and fading", Level.NONE),
        ("the pump makes my leggings feel like a rubber band round my bum", Level.NONE),
        ("like getting tasered in the butt and then my leg went weird for a second", Level.PROFESSIONAL),
        ("client yesterday said her foot was tingly, she saw a physio and got cleared", Level.NONE),
        (
            "my son broke his arm at football last month, healing nicely. can I train while he's at practice?",
            Level.NONE,
        ),
        ("a girl at my climbing wall dropped a plate on her foot last year, she's fine now", Level.NONE),
        ("the twinge was just my belt digging in, all good", Level.NONE),
        ("the 'pop' was the box creaking, not me", Level.NONE),
        ("the sharp pain thing was my husband's gallstone, not me, he's fine now", Level.NONE),
        (
            "my bum went numb from sitting on a hard chair at the school play for 2 hours, fine once I stood up",
            Level.NONE,
        ),
        ("update: the ache went away completely, been fine for 5 days now", Level.NONE),
        ("a dull ache in my lower back rather than anything sharp, gone now", Level.MODIFY),
        ("it settled but every session it comes back in the same spot", Level.PROFESSIONAL),
        ("moved my feet like you said, hamstrings still cramp and my quads take over", Level.MODIFY),
        ("the burn moved from my glutes to my quads on the last set", Level.MODIFY),
        ("tried a pad but the bar still hurts my hip bones, maybe 6/10", Level.MODIFY),
        ("tweaked my lower back a touch on the last rep, just achy, fine after a hot shower", Level.MODIFY),
        ("my lower back has ached every day for two weeks", Level.PROFESSIONAL),
        ("neck pulled again after thrusts", Level.MODIFY),
        ("achy glutes from yesterday, no back pain, all good", Level.NONE),
        ("my mum has had a bad back for years, her doctor knows all about it. are thrusts ok for her?", Level.NONE),
        ("my lower back goes warm during the reps and my glutes do nothing", Level.MODIFY),
        ("my lower back aches even when I'm just sat watching telly", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_forty_sixth_to_hundred_and_forty_ninth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Scots ("no sore", "nivver... afore", "louping fer three days", "pished masel", "a wee twinge"), Hinglish
        # ("badhta hi ja raha hai", "kilo kam ho gaya bina try kiye", "dard neeche calf tak"), Pidgin ("7 over 10",
        # "once I drop am e go", "I dey feel am", "e fit happen", "don fall for my belle"), Singlish ("still got pain",
        # "already change", "now ok liao", "how to avoid"), Spanglish ("me pegó en la cadera", "cansancio"); a gnawing
        # ache in bed; a weak leg that now drags; formal reports (steady tingling with no time said, sensation checked
        # and normal, numbness that extends, a foot felt asleep, the same ache despite the changes); wet in bed; a past
        # ache long gone; an ache scored low or dull with nothing else; a question about a group; an ellipsis before the
        # year.
        ("lying in bed at night it's gnawing away at my lower back", Level.PROFESSIONAL),
        ("it's no sore when I'm moving but at rest in my bed it's gnawing at me", Level.PROFESSIONAL),
        (
            "I'm 61 and nivver had back bother afore, now ma back's been sair since I started thrusts",
            Level.PROFESSIONAL,
        ),
        ("my back's been louping fer three days noo, no easing aff at aw", Level.PROFESSIONAL),
        ("ah pished masel at the gym and never felt it coming", Level.EMERGENCY),
        ("left leg ka numbness badhta hi ja raha hai, pehle sirf foot tha, ab poori thigh bhi", Level.EMERGENCY),
        ("a wee twinge in my lower back the morning after, better than last night", Level.MODIFY),
        ("my back dey pain me 6 over 10 when I push, but once I drop am e go", Level.MODIFY),
        ("5 kilo kam ho gaya bina try kiye, aur back dard bhi hai", Level.PROFESSIONAL),
        ("dard neeche calf tak jaata hai, left side", Level.PROFESSIONAL),
        ("na my back I dey feel am, no be my yansh", Level.MODIFY),
        ("I see one video where person back pop for squat, e fit happen for hip thrust?", Level.NONE),
        ("the plate don fall for my belle, pain dey kill me, I no fit stand up", Level.EMERGENCY),
        ("my left leg was a wee bit weak yesterday, now it's dragging and I keep tripping", Level.EMERGENCY),
        ("legs dead after leg day jaja, just cansancio, nothing hurts", Level.NONE),
        (
            "I already change my bench height and lower the weight, still got pain at lower back. two weeks liao",
            Level.PROFESSIONAL,
        ),
        ("my cousin last time drop plate on his foot, went see doctor already, now ok liao. how to avoid?", Level.NONE),
        ("la barra slipped off the pad y me pegó en la cadera, a bit tender", Level.PROFESSIONAL),
        ("Tingling, left calf, unchanged.", Level.PROFESSIONAL),
        (
            "Having read about cauda equina online, I checked: sensation is entirely normal. Glutes pleasantly sore.",
            Level.NONE,
        ),
        (
            "Day 1: numbness in the outer calf. Day 2: numbness extends into the foot. Day 3: the foot now drags.",
            Level.EMERGENCY,
        ),
        (
            "My right foot has felt slightly asleep since Monday's session, neither better nor worse.",
            Level.PROFESSIONAL,
        ),
        ("Despite these changes, the ache in my lower back during the lift is the same.", Level.PROFESSIONAL),
        (
            "had a small accident in bed last night, didn't wake up, never happened before, back sore since thrusts",
            Level.EMERGENCY,
        ),
        (
            "my dad's back hurt after gardening back in 2019 but it's long gone. he wants to try thrusts, tips?",
            Level.NONE,
        ),
        (
            "after reading about saddle anaesthesia I got worried, but I feel totally normal, no symptoms at all",
            Level.NONE,
        ),
        ("about 6/10 in my lower back on the last set, dull, not sharp", Level.MODIFY),
        ("lower back a bit achy during thrusts, 3/10, different from my usual period ache", Level.MODIFY),
        ("is leaking common in women who lift? asking for a class I coach, not for me", Level.NONE),
        (
            "my feet went numb once... in 2020, sitting on the loo too long, nothing to do with training. how wide "
            "should my stance be?",
            Level.NONE,
        ),
    ],
)
def test_wordings_from_the_hundred_and_fiftieth_to_hundred_and_fifty_third_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("tingleing and pins and needels down the back of my left leg since tusday", Level.PROFESSIONAL),
        ("had an acident in my shorts on the last set and didnt feel it comming", Level.EMERGENCY),
        ("my lower back has been sore since mon and its now thurs, no better", Level.PROFESSIONAL),
        ("runing a fevr since the weekend and my lower back aches", Level.PROFESSIONAL),
        ("numbers down both my thighs after the session, weird", Level.EMERGENCY),
        ("my sadly region feels kind of numb since this morning", Level.EMERGENCY),
        ("haven't been able to have a wee since lunch and my back is sore", Level.EMERGENCY),
        ("hvnt been able to go for a pee since i woke up", Level.EMERGENCY),
        ("my hammies have left the chat and so has the feeling in my left foot", Level.PROFESSIONAL),
        ("my quads have left the chat lol, best leg day ever", Level.NONE),
        ("rip my ego, the 80kg guy out-thrusted me", Level.NONE),
        ("numb to the cravings now, week 10 of the cut", Level.NONE),
        ("tingles of excitement before my first comp", Level.NONE),
        ("the prep is killing me lol, tired 24/7", Level.NONE),
        ("butt is dead from yesterday lol, real DOMS", Level.NONE),
        ("the bar on my iliac crests hurts even with the pad", Level.MODIFY),
        ("my hip bones look like they got shot with a nerf gun, thanks barbell", Level.MODIFY),
        ("squat-proof tights for thrusts, which brand? mine go see-through", Level.NONE),
        ("cranking out sets of 20 and my glutes are burning", Level.NONE),
        ("keine Taubheit, keine Inkontinenz, nur Muskelkater in the glutes", Level.NONE),
    ],
)
def test_wordings_from_the_hundred_and_fifty_fourth_to_hundred_and_fifty_seventh_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("since wednesday I can't push off my toes on either side, walking is weird", Level.EMERGENCY),
        ("the toes on both feet won't lift when I walk, started after leg day", Level.EMERGENCY),
        ("can't go up on my heels on either foot today", Level.EMERGENCY),
        ("this knot in my lower back has been lingering for ages", Level.PROFESSIONAL),
        ("my toes used to go numb in old shoes, so I binned them, but now they go numb barefoot", Level.PROFESSIONAL),
        ("hamstring cramp woke me up at 3am, stretched it out", Level.MODIFY),
        ("lower back gets tight above 100kg, totally fine at 70", Level.MODIFY),
        ("at 60 my lower back started aching for the first time", Level.PROFESSIONAL),
        ("my hamstrings feel nothing, my glutes feel everything now, love it", Level.NONE),
        ("my toes used to go numb in my old lifting shoes, that's why I ditched them", Level.NONE),
        ("hot flushes all day and night sweats too, perimenopause is fun. thrusts going well", Level.NONE),
        ("back after a while off, where should the pad sit?", Level.NONE),
        ("been training on and off since the summer, what weight should I start at?", Level.NONE),
        ("my grandad had a slipped disc back in the 80s and was laid up for months", Level.NONE),
        ("lifting buddy swears his feet went numb once years back on a long run, is that a thing?", Level.NONE),
        ("glutes sore since saturday, the good kind, already fading", Level.NONE),
        ("glutes sore for two weeks now, slowly fading", Level.PROFESSIONAL),
        ("on the heavy sets it went into my lower back more than my glutes", Level.MODIFY),
        ("the woman next to me dropped the bar on her hips, she's fine. how thick should my pad be?", Level.NONE),
    ],
)
def test_wordings_from_the_hundred_and_fifty_eighth_to_hundred_and_sixty_first_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A form fix the safety net may not raise to a referral.
        ("my arches cramp near the end of every set, maybe 6/10", Level.MODIFY),
        ("calves go tight and crampy at lockout", Level.MODIFY),
        ("my feet ache during the heavy sets, like an 8, but fine once I stop", Level.MODIFY),
        ("the pad slid off and the bar is digging into my hip bones, and my feet keep sliding", Level.MODIFY),
        ("my glutes are achy on the loo the day after thrusts, no other pain", Level.NONE),
        ("lower back hit a 7/10 on the last set so I stopped, at home now and it's fine", Level.MODIFY),
        ("lower back stiff first thing after thrust day, loosens up once I get moving", Level.MODIFY),
        ("around 6/10 in my hips at the top of the rep today", Level.MODIFY),
        # Still the net's full say: a sign word, a course or a cramp beside numbness.
        ("calf cramp at the top and my foot has gone numb since", Level.EMERGENCY),
        ("6/10 during my sets for three weeks now", Level.EMERGENCY),
        ("my feet slid and I fell off the bench onto my back, 8/10", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_fifty_eighth_to_hundred_and_sixty_first_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("since the weekend everything in the nether regions has felt muffled", Level.EMERGENCY),
        ("bike numbness normally wears off in minutes but it's been there since yesterday", Level.EMERGENCY),
        ("is it normal to get a sharp pain in my lower back at lockout?", Level.PROFESSIONAL),
        ("stabbing hip pain ok?", Level.PROFESSIONAL),
        ("is it normal to be running a fever with this back ache?", Level.PROFESSIONAL),
        ("back pain and the shivers, hot then cold all evening", Level.PROFESSIONAL),
        ("is it normal to get sore glutes two days later?", Level.NONE),
        ("the flu wiped me out for a week, totally fine now. how heavy should I go back in?", Level.NONE),
        ("had a temperature on monday, all gone now, no aches. train today?", Level.NONE),
        ("been doing thrusts for four weeks and my lower back takes over, fine by bedtime", Level.MODIFY),
        ("knocked my protein shake into my lap, looks like I wet myself lol", Level.NONE),
        ("my coach nearly peed herself laughing at my lockout face", Level.NONE),
        ("chafing on my inner thighs from cheap shorts, any fixes?", Level.NONE),
        ("is holding in my pee during heavy sets bad for the pelvic floor?", Level.NONE),
        ("toes went numb from the cold on the walk over, fine once I warmed up", Level.NONE),
        ("bladder and plumbing all fine, nothing numb, just tired legs", Level.NONE),
        ("can barbell hip thrusts cause leaking in general? not about me", Level.NONE),
        ("if your groin went numb mid set would you call 999? hypothetically", Level.NONE),
        ("not about me, it's my wife: since yesterday she can't feel her inner thighs", Level.EMERGENCY),
        ("what does saddle numbness feel like? read about it on a forum", Level.NONE),
        ("my mate keeps saying hip thrusts will give you sciatica and wreck your back, true?", Level.NONE),
        ("the gym heating was broken so it was freezing, glutes still burned nicely", Level.NONE),
        ("new to thrusts, should I get a thicker pad? I bruise really easily", Level.MODIFY),
        ("on nights, and my lower back aches worst while I'm trying to sleep in the day", Level.PROFESSIONAL),
        ("couldn't hold it in the car park and leaked in my jeans, first time ever, back sore", Level.EMERGENCY),
        ("leaked into my leggings at work today, never happened before", Level.EMERGENCY),
        ("zingy feeling down back of R calf at lockout", Level.PROFESSIONAL),
        ("hot line from my bum down to my ankle, left leg", Level.PROFESSIONAL),
        ("feeling of ants in my left shin since last week's heavy day", Level.PROFESSIONAL),
        ("on the last rep something made pop in my lower back", Level.PROFESSIONAL),
        ("glute ache, 4th day now and no better", Level.PROFESSIONAL),
        ("a little zap through my lower back on the way down, like electricity", Level.PROFESSIONAL),
        ("numbskull here left the clips at home, any tips for a rolling bar?", Level.NONE),
        ("what happens if u lose feeling down there mid set? just curious", Level.NONE),
        ("what if someone's legs become numb on thrusts? just I want to know", Level.NONE),
        ("the physio asked whether I had any numbness between the legs, I said no. why ask?", Level.NONE),
        ("had a bad back ages ago, physio sorted it, nothing since. ok to start?", Level.NONE),
        ("the crack I keep hearing is the plates on the floor, nothing in me", Level.NONE),
        ("day 2: glutes stiff. day 3: basically gone", Level.NONE),
        ("a kettlebell fell from the rack onto my foot, hurts a bit but ok", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_sixty_second_to_hundred_and_sixty_fifth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Pain or an ache in the saddle area with no changed feeling is no nerve sign by itself.
        ("sharp pain in my perineum at the top of the rep", Level.PROFESSIONAL),
        ("dull ache behind my testicles for ten days, worse sitting", Level.PROFESSIONAL),
        ("groin a bit achy this morning, gone by lunch", Level.MODIFY),
        ("achy round the groin, 6/10 near the end, nothing sharp", Level.MODIFY),
        # A changed feeling, a toilet word or a leg sign there keeps the net's full say.
        ("sharp pain in my groin and it feels numb around there", Level.EMERGENCY),
        ("sharp groin pain and I can't pee properly", Level.EMERGENCY),
        ("groin ache this morning and my legs are weak, gone by lunch", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_sixty_second_to_hundred_and_sixty_fifth_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("L leg numb since Friday and now the R one is going numb too", Level.EMERGENCY),
        ("burning line from my R buttock down to my heel", Level.PROFESSIONAL),
        ("haven't needed a wee since last night", Level.EMERGENCY),
        ("dribbling into my knickers all day and I don't notice", Level.EMERGENCY),
        ("I never notice until I'm wet, it's been happening since Monday", Level.EMERGENCY),
        ("my oura says temp +0.9 two nights running and my lower back aches", Level.PROFESSIONAL),
        ("both my legs are jelly after leg day, fine again after a rest", Level.NONE),
        ("both legs are jelly after 5 sets, still weak the next day", Level.EMERGENCY),
        ("hurt my lower back in my thirties, been fine for 15+ years", Level.NONE),
        ("back at uni I tweaked my back, fine ever since", Level.NONE),
        ("felt like my back was going to snap on the last rep, nah just tight, eased off after", Level.MODIFY),
        ("felt a snap in my back on the last rep", Level.PROFESSIONAL),
        ("I'll stab him if he steals my bench again lol", Level.NONE),
        ("me missus dropped a plate on her foot last year, she's grand now", Level.NONE),
        ("hamstring cramped at the top, had to roll off the bench, happens now and then", Level.MODIFY),
        ("my garmin buzzed at me mid set for heart rate, glutes burning nicely", Level.NONE),
        ("totally numb-brained after that leg day", Level.NONE),
        ("should I add single-leg thrusts for my weaker right leg?", Level.NONE),
        ("the bar is bloody killing my hip bones at lockout", Level.MODIFY),
        ("5 l of water a day and r u sure about the pad?", Level.NONE),
    ],
)
def test_wordings_from_the_hundred_and_seventieth_to_hundred_and_seventy_third_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # "bloody" is how much it hurts; the bar on the hip bones stays the pad question.
        ("the bar is bloody killing my hip bones at lockout", Level.MODIFY),
        # A break feared and taken back is a tight back that settled.
        ("thought my back was about to snap, it's just a bit tight and settles after", Level.MODIFY),
        # Getting off the bench to end a cramping set is no fall.
        ("hamstring cramp on the last set, had to roll off the bench", Level.MODIFY),
        # A bloody knee after a fall keeps the net's full say.
        ("fell off the box, bloody knee and it hurts a lot", Level.EMERGENCY),
        # A faint ache left this morning is the one night of the pain-monitoring rule; feeling faint is not.
        ("6/10 in my low back near the end of each set, dull, a faint ache still there this morning", Level.MODIFY),
        ("felt faint on the way home and my lower back aches", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_seventieth_to_hundred_and_seventy_third_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("both my feet went numb sitting on the toilet too long, fine as soon as I got up", Level.NONE),
        ("slipped in the changing room and banged my hip, sore but ok", Level.PROFESSIONAL),
        ("weeing every half an hour since I started drinking 4 litres a day, all good otherwise", Level.NONE),
        ("tingling in the groin, what does it mean? I'm writing an article, I have nothing myself", Level.NONE),
        ("tingling in the groin, what does it mean?", Level.EMERGENCY),
        ("my QL has ached since Sunday and it's Thursday now", Level.PROFESSIONAL),
        ("lower back tight since sunday, it's monday", Level.MODIFY),
        ("low back ache since 3/6, today is 7/6, same every day", Level.PROFESSIONAL),
        ("low back ache since 3/6, today is 4/6", Level.MODIFY),
        ("the pain is now 4 days and not easing", Level.PROFESSIONAL),
        ("at 58 is a new ache in the tailbone normal? it only started after I began thrusting", Level.PROFESSIONAL),
        ("my sister just fell off the box onto her tailbone, she says she's ok", Level.PROFESSIONAL),
        ("the guy beside me dropped the bar but it just landed on the floor, he's fine", Level.NONE),
        ("I don't feel anymore when I need to pee", Level.EMERGENCY),
        ("I don't feel my inner thighs anymore since Sunday", Level.EMERGENCY),
        ("my right foot went numb on Monday and today also the left side", Level.EMERGENCY),
        ("my left leg is numb, today also the left foot", Level.PROFESSIONAL),
        ("pins and needles began in my left toes, now it's up to my shin", Level.EMERGENCY),
        ("numb right foot and the left one too", Level.EMERGENCY),
        ("my right foot tingles and the left foot is fine", Level.PROFESSIONAL),
        ("dropped a plate on my toe, atrocious pain, it looks bent", Level.EMERGENCY),
        ("la barre me fait mal aux os du bassin", Level.MODIFY),
        ("mi è caduto il bilanciere sul bacino, can't stand up", Level.EMERGENCY),
        ("die Taubheit wandert, it started in my left foot", Level.EMERGENCY),
        ("ik voel het in mijn rug, niet in mijn kont", Level.MODIFY),
        ("bar digs into the bony bits at the front of my hips", Level.MODIFY),
        ("my bits are numb since the session", Level.EMERGENCY),
    ],
)
def test_wordings_from_the_hundred_and_seventy_fourth_to_hundred_and_seventy_seventh_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A 7 at the top of each rep, or cramps near the end of the set, is the set's form fix.
        ("7/10 in my lower back on the top of each rep tonight", Level.MODIFY),
        ("cramps in both calves near the end of the set", Level.MODIFY),
        ("both hamstrings cramped on the last set, had to stop", Level.MODIFY),
        # The bony bits of the hips are where the bar sits, not the saddle area.
        ("bar digs into the bony bits at the front of my hips and it really hurts", Level.MODIFY),
        # Both legs weak keeps the net's full say.
        ("both legs weak after the set and still weak the next morning", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_seventy_fourth_to_hundred_and_seventy_seventh_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("the old cob kicked me in the hip while I was grooming, it's agony", Level.EMERGENCY),
        ("kicked by a pony in the small of my back on Sunday, bit sore", Level.PROFESSIONAL),
        ("legs sore like I got kicked by a mule, two days after leg day and easing", Level.NONE),
        ("feels like a donkey kicked me in the glutes lol, proper DOMS", Level.NONE),
        ("I keep dribbling and I can't control it since this morning", Level.EMERGENCY),
        ("my toddler keeps dribbling, can't stop it, teething again", Level.NONE),
        ("still dribbling all day, can't stop it", Level.EMERGENCY),
        ("it keeps dribbling and I can't stop it", Level.EMERGENCY),
        ("a zing in my low back on the way up, every single rep", Level.PROFESSIONAL),
        ("rough landing on a tandem skydive Saturday, hip aches a bit", Level.PROFESSIONAL),
        ("had a hard landing on box jumps, knees fine", Level.NONE),
        ("still hurting. day 4. no change.", Level.PROFESSIONAL),
        ("day 3. much better, barely notice it", Level.NONE),
        ("my yoga teacher had a slipped disc years ago, she's fine now", Level.NONE),
        ("my wife fell off the bench last summer, got it checked, all fine. makes me nervous starting", Level.NONE),
        ("I'm basically numb to pain after 20 years of rugby, what rep range?", Level.NONE),
        ("hypothetically, if someone's legs went numb mid set, what then?", Level.NONE),
        ("hypothetically if both legs went numb what do I do? asking as it's happening to me now", Level.EMERGENCY),
        ("numbness/tingling - no, bladder - no, just a tight low back that eases", Level.MODIFY),
        ("the 'bladder' question - no, all normal", Level.NONE),
        ("I read that numbness in the groin is a red flag, what is that about?", Level.NONE),
        ("I read that numbness in the groin is a red flag. mine went numb yesterday", Level.EMERGENCY),
        ("my cycling coach jokes about 'dead bum syndrome' every class, anyway how many sets?", Level.NONE),
    ],
)
def test_wordings_from_the_hundred_and_seventy_eighth_to_hundred_and_eighty_first_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A term asked about, with the sign denied, is no sign of the user's.
        ("what do you mean by the saddle? I don't have any tingling, just asking", Level.NONE),
        ("Fall? no. Dropped the bar? no. Glutes burning nicely", Level.NONE),
        ("legs a bit shaky leaving the gym. fine again five minutes later", Level.NONE),
        ("back in the saddle after a month off, what weight should I restart at?", Level.NONE),
        # Legs still shaky the next day keep the net's full say.
        ("legs shaky after the set and still weak this morning", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_seventy_eighth_to_hundred_and_eighty_first_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("I'm 61 and no back pain at all, any tips for starting?", Level.NONE),
        ("my cousin dropped a plate on his foot last month, went to A&E, all fine. how to avoid that?", Level.NONE),
        ("my client had a tumour years ago, all clear now, but her back has ached since Monday", Level.PROFESSIONAL),
        ("these spreadsheets are numbing my brain, what's a good rep scheme?", Level.NONE),
        ("went to the CR and the wiwi came out on its own, I didn't feel it coming", Level.EMERGENCY),
        ("had tingling in my foot in 2021 after a long drive, went away that day and never came back", Level.NONE),
        ("no puedo aguantar la orina desde ayer", Level.EMERGENCY),
        ("tengo fiebre and my back aches since yesterday", Level.PROFESSIONAL),
        ("se me duerme la pierna derecha since Monday, not getting worse", Level.PROFESSIONAL),
        ("mi madre dice que no siente nada entre las piernas since this morning", Level.EMERGENCY),
        ("can hip thrusts help with leaking after birth? asking for my sister", Level.NONE),
        ("can hip thrusts help with my incontinence? it started after I fell yesterday", Level.EMERGENCY),
        ("pescoço tenso after the set, a bit strained", Level.MODIFY),
        ("our coach is 58 and now he says his lower back hurts, first time ever", Level.PROFESSIONAL),
        ("got knocked down in a judo drill, hip a bit bruised, nothing major", Level.PROFESSIONAL),
        ("got knocked down a peg by my coach's form check lol", Level.NONE),
        ("did everything you said, ribs down, lighter bar. but the ache in my back is still there", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_eighty_second_to_hundred_and_eighty_fifth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # Someone else's words in quotes, a pump and no pain: no sign of the user's.
        ("my coach keeps telling me to \"chase the burn\", glutes pumped, nothing else", Level.NONE),
        # A leg asleep on the toilet and gone a minute later is the seat, not a sign.
        ("my perna went to sleep sitting on the toilet too long, gone after a minute", Level.NONE),
        # A stiff back the morning after, mild or not sharp, is the one night of the pain-monitoring rule.
        ("woke up today with my low back a bit stiff from yesterday, not bad, can I go again?", Level.MODIFY),
        ("lower back still heavy this morning from yesterday's session, not sharp", Level.MODIFY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_eighty_second_to_hundred_and_eighty_fifth_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("fingers went numb on the icy bar in the garage, fine once I warmed my hands", Level.NONE),
        ("numb with cold after the walk in, how long to warm up?", Level.NONE),
        ("numb with cold and still can't feel my toes hours later", Level.PROFESSIONAL),
        ("58, never had back pain before but now I do, since the new program", Level.PROFESSIONAL),
        ("the resistance band snapped and the clip hit me in the face, agony", Level.EMERGENCY),
        ("my groin feels kind of muffled since yesterday", Level.EMERGENCY),
        ("it's like I'm wearing a nappy down there, can't feel much", Level.EMERGENCY),
        ("groin feels dull ache after thrusts", Level.MODIFY),
        ("legs are dead, normal soreness from Monday's session", Level.NONE),
        ("had a bulging disc 3 years ago but nothing now, how do I progress?", Level.NONE),
        ("what if someone suddenly couldn't feel their groin mid set? it's for a guide I'm writing", Level.NONE),
        ("my legs are numb like always from my MS, nothing new, the bar hurts my hip bones", Level.MODIFY),
        ("old L1 injury so my legs are numb like always, but today the numbness is spreading higher", Level.EMERGENCY),
        ("my legs are numb like always from my MS, and today I can't pee", Level.EMERGENCY),
        ("can't feel anything in my legs, been that way since my crash in 2015. new PR today", Level.NONE),
    ],
)
def test_wordings_from_the_hundred_and_eighty_sixth_to_hundred_and_eighty_ninth_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


def test_the_urge_to_go_not_coming_since_the_back_went_is_an_emergency() -> None:
    # blind163 fell to the net alone on fp32 once the screens were retrained on blind186-189.
    assert triage_text("I'm not getting the urge to pee at all since my back went yesterday").level is Level.EMERGENCY
    assert triage_text("not getting the urge to pee as often mid-session since I cut coffee").level is Level.NONE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("couldn't hold it on the drive back from the garden centre, had an accident in the van", Level.EMERGENCY),
        ("couldn't hold it together at the top of the rep, had an accident on the platform last year lol", Level.NONE),
        ("lower back hurting already 4 days, even lying down", Level.PROFESSIONAL),
        ("back ache two weeks already, not bad but always there", Level.PROFESSIONAL),
        ("already 5 days into the new program and my glutes are sore in a good way", Level.NONE),
        ("my lower back keeps going out every couple of months since I started bootcamp", Level.PROFESSIONAL),
        ("my back keeps going strong, 140kg for 8 today", Level.NONE),
        ("wife's 58, never had back pain before, started after the kettlebell class. ok?", Level.PROFESSIONAL),
        ("a lady I coach has had pain zinging down her leg all session today, should she stop?", Level.PROFESSIONAL),
        ("did thrusts today, client I train has had tingling down his leg since the warm-up", Level.PROFESSIONAL),
        ("fell off my bike when I was 9 and broke my arm. what rep range is best for glutes?", Level.NONE),
        ("fell off my bike when I was 9, and my lower back still hurts since", Level.PROFESSIONAL),
        ("my buddy have a herniated disc two years ago, now he's fine. can he do thrusts?", Level.NONE),
        ("my wallet went numb after paying for the bootcamp lol, anyway how many sets?", Level.NONE),
        ("my mat got shredded by the cat. RIP. any good replacements?", Level.NONE),
        ("felt something rip in my hamstring on the last rep", Level.PROFESSIONAL),
        ("from the 3rd set I feel it in my lower back more and more, glutes no feeling. fine after", Level.MODIFY),
        # A climber's fall, or the body thrown against a wall, is trauma; a slammed door is not.
        ("took a big whipper at the crag on Sunday, hip's a bit grazed but ok. thrusts today?", Level.PROFESSIONAL),
        ("crashed into the wall at the bottom of the ski run, bum bruised but fine", Level.PROFESSIONAL),
        ("slammed the door on the way out of the gym lol, glutes sore from yesterday", Level.NONE),
        # Glutes that cannot feel a touch are numb, not idle.
        ("glutes no feeling when I touch them, since yesterday", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_ninetieth_to_hundred_and_ninety_third_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A sign said to be absent in a list: the net may refer, not call it an emergency.
        ("no shooting pain or numbness, just a tight lower back after the heavy sets", Level.MODIFY),
        # The bar rolled over the hips into place is set-up, however much it stings.
        ("bar pad slipped and the bar hurt like hell on my hip bone when it rolls on", Level.MODIFY),
        # Told to put the bar down is no dropped bar; a 7 in the finisher that settled is a form fix.
        ("lower back got to 7/10 during the burnout, trainer told me to drop the bar. ok now", Level.MODIFY),
        # A niggle nearly gone on day two is the pain-monitoring rule's acceptable case.
        ("low back niggling after the WOD, day two now and it's almost gone", Level.MODIFY),
        # A warning on a poster, asked about by someone who is fine.
        ("saw the numbness and bladder warning on the wall at the gym, what's that about? just curious", Level.NONE),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_ninetieth_to_hundred_and_ninety_third_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("what if my legs went numb halfway through a set, would I rack it?", Level.NONE),
        ("what if my legs went numb mid set? asking cos it happened on Monday", Level.EMERGENCY),
        ("at first only my toes tingled, now it reaches my shin", Level.EMERGENCY),
        ("the numbness in my right thigh is growing, started as a small patch", Level.EMERGENCY),
        ("my glutes are growing nicely since I started thrusts", Level.NONE),
        ("had a bulging disc three years back, now nothing at all. safe to add weight?", Level.NONE),
        ("my training partner crashed his bike last month, got checked and everything is fine now", Level.NONE),
        ("my mum has numb feet from her diabetes since 15 years, just wondering if she can do bridges", Level.NONE),
        ("my husband has a bad knee, always had it. ok for him to do thrusts?", Level.NONE),
        ("my best uni friend had sciatica years ago, it's fine now. can she start thrusts?", Level.NONE),
        ("my sister's back aches after thrusts, she says it's fine now but it's been a week", Level.PROFESSIONAL),
        ("slept on the couch after the party and woke with a stiff neck, hurts when I tuck my chin", Level.MODIFY),
        ("my back aches even lying on the couch doing nothing", Level.PROFESSIONAL),
        ("peed myself laughing at the gym video lol, anyway glutes sore", Level.NONE),
        ("I read that heavy lifting can make you lose bladder control, is that a risk for me?", Level.NONE),
        ("my legs are dead from the wedding dance floor, in a fun way. gym today?", Level.NONE),
        ("my belly skin gets pinched by the bar at the top, stings a bit", Level.MODIFY),
        ("neck stiff, head was pushed into the bench all the time during the set", Level.MODIFY),
        ("banged my hip walking into the kitchen counter, bit of a bruise. ok to thrust?", Level.PROFESSIONAL),
        ("my neck gets tight when I look up. fell off a trampoline 15 years ago as a kid", Level.MODIFY),
        ("lower back aches on thrusts. came off my motorbike years ago and broke my back", Level.PROFESSIONAL),
        # blind96 fell to a referral on fp32 once the screens were retrained on blind194-197.
        ("tingling right foot: day 1 2/10, day 3 5/10, today 7/10", Level.EMERGENCY),
        ("numb patch on my left shin: Mon 5/10, Wed 3/10, Fri 1/10", Level.PROFESSIONAL),
        # blind123 fell to modify on int8 once the screens were retrained on blind194-197.
        ("switched to a lighter bar and fixed my ribs, my back still aches after every session", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_ninety_fourth_to_hundred_and_ninety_seventh_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A mild pull in the groin or inner thigh, and nothing else, is a strain to train around.
        ("I feel a bit of an ache in my groin on the last reps, mild", Level.MODIFY),
        # The bar on the hip bones, stinging, is the pad question.
        ("the bar stings where it sits on my hip bones, no pad today", Level.MODIFY),
        # Tingling in the groin is a changed feeling, whatever words come around it.
        ("I feel a bit of tingling in my groin, mild", Level.EMERGENCY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_ninety_fourth_to_hundred_and_ninety_seventh_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("third day of lower back pain after the class, not better", Level.PROFESSIONAL),
        ("I'm 61, my back never hurt before, now it does after thrusts", Level.PROFESSIONAL),
        ("numb patch on my right shin since the set. this morning only the ankle, now it's up to the knee",
         Level.EMERGENCY),
        ("a TikTok physio said tingling in the leg means stop. mine is just a glute burn though, right?", Level.NONE),
        ("my trainer said if it shoots down the leg it means stop, and mine does shoot down my leg",
         Level.PROFESSIONAL),
        ("chatgpt said numbness down there may indicate something serious. it's probably from the bike? been like that "
         "since monday", Level.EMERGENCY),
        ("saw a video about a guy who dropped the bar on his hips and ended up in A&E. how do I set up so that can't "
         "happen to me?", Level.NONE),
        ("I'm terrified the barbell will roll onto me, should I use the safety pins?", Level.NONE),
        ("the toddler was screaming the whole set, back's fine, glutes burning", Level.NONE),
        ("my dog was lying on the couch watching me thrust lol, feel it in my lower back not my glutes", Level.MODIFY),
        ("I'm numb to the injections at this point, anyway how many sets?", Level.NONE),
        ("back still stiff this morning, I've been upping the weight over the last few weeks", Level.MODIFY),
        ("back still stiff this morning, it's been like that the last few weeks", Level.PROFESSIONAL),
        ("lower back tight after class, once the kids went down it still felt tight", Level.MODIFY),
        ("came off my bike on the gravel and went down with it, hip grazed but fine", Level.PROFESSIONAL),
    ],
)
def test_wordings_from_the_hundred_and_ninety_eighth_to_two_hundred_and_first_blind_sets(
    text: str, level: Level
) -> None:
    assert triage_text(text).level is level


@pytest.mark.parametrize(
    ("text", "ceiling"),
    [
        # A back ache called mild, with no course or sign, is a form fix.
        ("my lower back hurts a little, mild, what am I doing wrong?", Level.MODIFY),
        # The same ache that never goes away is not.
        ("my lower back hurts a little, mild, but it never really goes away", Level.EMERGENCY),
        # Gone in the cool-down is settled soon.
        ("bit of a low back ache in the last set, gone by the end of my cooldown", Level.MODIFY),
        # A first thrust day and a mild ache the next morning is the one night of the pain-monitoring rule.
        ("first heavy thrust day yesterday, lower back a bit achy this morning, 2/10", Level.MODIFY),
    ],
)
def test_the_safety_net_ceiling_for_the_hundred_and_ninety_eighth_to_two_hundred_and_first_blind_sets(
    text: str, ceiling: Level
) -> None:
    assert net_ceiling(triage_text(text)) is ceiling
