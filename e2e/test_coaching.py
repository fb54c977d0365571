"""Coaching (issue 15), driven through a real browser against `keel serve`: a manager runs a
skill-coaching session from the suggested focus, follows up the open next steps, cannot
complete without a new one, adds it; the seller sees it on their start page and marks it done."""
import datetime
import urllib.request

import icalendar

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BASE_URL, sign_in, sign_out, submit


def seller_id(browser):
    sign_in(browser, "seller")
    person = browser.find_element(By.ID, "nav-my-profile").get_attribute("href").rsplit("/", 1)[1]
    sign_out(browser)
    return person


def test_a_manager_coaches_from_the_suggestion_and_the_seller_completes_the_next_step(browser):
    seller = seller_id(browser)
    sign_in(browser, "manager")
    # The start page offers a session per seller, with the diagnosis's suggestion where there is one.
    plan = browser.find_element(By.ID, f"start-plan-{seller}")
    browser.get(plan.get_attribute("href"))
    assert browser.find_element(By.ID, "plan-form")
    suggestion = browser.find_elements(By.ID, "plan-suggestion")
    if suggestion and "suggested=1" in browser.current_url:
        checked = [radio.get_attribute("value") for radio in browser.find_elements(By.CSS_SELECTOR, "input[name=type]")
                   if radio.is_selected()]
        assert len(checked) == 1, "the suggested kind of session is chosen"
    browser.find_element(By.ID, "type-skill").click()
    focus = Select(browser.find_element(By.ID, "field-focus"))
    if not focus.first_selected_option.get_attribute("value").startswith("competency:"):
        focus.select_by_index(1)
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    browser.execute_script("document.getElementById('field-date').value = arguments[0]", tomorrow)
    submit(browser, "plan-submit")
    assert "/coaching/sessions/" in browser.current_url
    session_url = browser.current_url
    assert browser.find_element(By.ID, "linked").text, "the competency's levels are beside the agenda"

    # Each open step's choices sit on the same line as their words (a defect once seen on the rating form).
    for row in browser.find_elements(By.CSS_SELECTOR, "fieldset.review-row .choice-inline"):
        radio = row.find_element(By.TAG_NAME, "input")
        assert abs(radio.rect["y"] + radio.rect["height"] / 2 - (row.rect["y"] + row.rect["height"] / 2)) < 12

    # Completing without a next step (and without following up) is refused, naming what is missing.
    submit(browser, "complete-session")
    summary = browser.find_element(By.ID, "form-error")
    assert "next step" in summary.text
    assert browser.find_element(By.ID, "complete-form")

    for fieldset in browser.find_elements(By.CSS_SELECTOR, "fieldset.review-row"):
        fieldset.find_element(By.CSS_SELECTOR, "input[value=carried_over]").click()
    browser.find_element(By.ID, "step-0-text").send_keys("Role-play the next discovery call with a colleague")
    due = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
    browser.execute_script("document.getElementById('step-0-due').value = arguments[0]", due)
    submit(browser, "complete-session")
    assert browser.find_element(By.ID, "session-notice")
    assert "Role-play the next discovery call" in browser.find_element(By.ID, "agreed").text

    # The manager's private calendar link lists the session, read by a real iCalendar parser.
    browser.get(f"{BASE_URL}/coaching")
    submit(browser, "calendar-create")
    url = browser.find_element(By.ID, "calendar-url").get_attribute("value")
    with urllib.request.urlopen(url) as response:
        assert response.headers.get_content_type() == "text/calendar"
        feed = icalendar.Calendar.from_ical(response.read())
    session_id = session_url.rstrip("/").split("/")[-1].split("?")[0]
    events = {str(event.get("uid")): event for event in feed.walk("VEVENT")}
    assert f"{session_id}@keel" in events
    event = events[f"{session_id}@keel"]
    assert event.get("dtstart").dt.tzinfo is not None, "a local time in the organization's zone"
    assert {str(zone.get("tzid")) for zone in feed.walk("VTIMEZONE")} >= {"Europe/Stockholm", "Europe/Oslo"}
    assert feed.walk("VTODO"), "the open next steps are to-dos"
    sign_out(browser)

    # The seller finds the step on their start page and marks it done.
    sign_in(browser, "seller")
    commitments = browser.find_element(By.ID, "start-commitments")
    item = [li for li in commitments.find_elements(By.CSS_SELECTOR, "li") if "Role-play the next discovery call" in li.text]
    assert item
    item_id = item[0].get_attribute("id").removeprefix("commitment-")
    submit(browser, f"done-button-{item_id}")
    assert "Role-play the next discovery call" not in browser.find_element(By.ID, "start-commitments").text
    # The seller reads the session as it happened, without its private notes or the form.
    browser.get(session_url)
    assert not browser.find_elements(By.ID, "complete-form")
    sign_out(browser)
