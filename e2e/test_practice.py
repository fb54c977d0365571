"""Practice (issue 16), in a real browser against `keel serve`: a seller opens a practice item due
this week from their start page and marks it done with a self-score (a first try without one is
refused at its field); the start page then lists it only for a later day, if at all. A manager finds a
role-play waiting for a score from their team's practice, scores it level by level on the
rubric, and the seller's history shows the observed level."""
import re

from selenium.webdriver.common.by import By

from conftest import click_through, follow_nav, sign_in, sign_out, submit


def due_day(item):
    """The day a start page's practice entry is due: the ISO date its line ends with."""
    return re.findall(r"\d{4}-\d{2}-\d{2}", item.text)[-1]


def test_a_seller_does_a_due_item_with_a_self_score(browser):
    sign_in(browser, "seller")
    due = browser.find_elements(By.CSS_SELECTOR, "#start-practice ul.plan li")
    assert due, browser.find_element(By.ID, "start-practice").text
    entry_id = due[0].get_attribute("id").removeprefix("start-practice-")
    was_due = due_day(due[0])
    click_through(browser, due[0].find_element(By.TAG_NAME, "a"))
    assert browser.find_element(By.ID, "entry-title")
    done_before = int(re.search(r"\d+", browser.find_element(By.CSS_SELECTOR, "#entry-history h2").text).group())

    # Without a self-score the form comes back with the problem at its field and the note kept.
    browser.find_element(By.ID, "field-note").send_keys("Asked my largest customer what must succeed next year.")
    submit(browser, "do-submit")
    assert browser.find_element(By.ID, "error-selfScore").is_displayed()
    assert "largest customer" in browser.find_element(By.ID, "field-note").get_attribute("value")

    browser.find_element(By.CSS_SELECTOR, "label[for='selfScore-4']").click()
    submit(browser, "do-submit")
    assert "Done" in browser.find_element(By.ID, "entry-notice").text
    history = browser.find_element(By.ID, "entry-history")
    assert int(re.search(r"\d+", history.find_element(By.TAG_NAME, "h2").text).group()) == done_before + 1
    assert "own score 4" in history.text

    # Done for now: the start page lists what is due this week, so a next repetition later this
    # week keeps it there, with its new day; an earlier one no longer does.
    follow_nav(browser, "nav-start")
    listed = browser.find_elements(By.ID, f"start-practice-{entry_id}")
    assert not listed or (due_day(listed[0]) > was_due and "overdue" not in listed[0].get_attribute("class")), listed[0].text
    sign_out(browser)


def test_a_manager_scores_a_role_play_on_the_rubric(browser):
    sign_in(browser, "manager")
    browser.get(browser.find_element(By.ID, "nav-practice").get_attribute("href"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#practice-team-table tbody tr")
    waiting = sorted(((int(row.find_elements(By.TAG_NAME, "td")[-1].text), row) for row in rows), key=lambda pair: -pair[0])
    assert waiting and waiting[0][0] > 0, "no seller of the team has a role-play waiting for a score"
    click_through(browser, waiting[0][1].find_element(By.CSS_SELECTOR, "th a"))
    recent = browser.find_elements(By.CSS_SELECTOR, "#practice-recent-table tbody tr")
    unscored = [row for row in recent if "waiting for a score" in row.text]
    assert unscored, browser.find_element(By.ID, "practice-recent").text
    click_through(browser, unscored[0].find_element(By.TAG_NAME, "a"))

    form = browser.find_element(By.ID, "observe-form")
    assert "Level 2" in form.text
    for level, mark in [(2, "effective"), (3, "effective"), (4, "not-yet"), (5, "not-yet")]:
        browser.find_element(By.CSS_SELECTOR, f"label[for='level-{level}-{mark}']").click()
    browser.find_element(By.ID, "field-comment").send_keys("Held the price and traded the term.")
    submit(browser, "observe-submit")
    assert "score is saved" in browser.find_element(By.ID, "entry-notice").text
    history = browser.find_element(By.ID, "entry-history").text
    assert "level 3 (Sofia Larsson)" in history
    assert "Held the price and traded the term." in history
    sign_out(browser)
