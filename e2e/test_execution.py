"""The execution journey: a seller re-plans work with a reason on a phone-sized screen, and their
manager sees it in the team view, reviews it, and reads the analyses with their charts."""
import datetime
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import BASE_URL, click_through, follow_nav, sign_in, sign_out, submit


def test_a_seller_replans_with_a_reason_and_the_manager_sees_it_in_the_team_view(browser):
    browser.set_window_size(390, 844)
    subject = f"Call back Fjordline {uuid.uuid4().hex[:6]}"
    sign_in(browser, "seller")
    browser.get(f"{BASE_URL}/activities")
    Select(browser.find_element(By.ID, "activity-type")).select_by_value("call")
    browser.find_element(By.ID, "activity-subject").send_keys(subject)
    submit(browser, "log-submit")
    assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0

    item = browser.find_element(By.XPATH, f"//li[@data-activity-id][contains(., '{subject}')]")
    activity = item.get_attribute("data-activity-id")
    browser.find_element(By.ID, f"replan-{activity}").click()
    later = (datetime.date.today() + datetime.timedelta(days=7)).isoformat()
    # A date field's typing order depends on the browser's locale; set the value it submits.
    browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, f"to-{activity}"), later)
    Select(browser.find_element(By.ID, f"reason-{activity}")).select_by_value("customer_rescheduled")
    submit(browser, f"move-{activity}")
    moved = browser.find_element(By.XPATH, f"//li[@data-activity-id='{activity}']")
    assert later in moved.text
    assert "moved from" in moved.text
    sign_out(browser)

    sign_in(browser, "manager")
    follow_nav(browser, "nav-my-team")
    assert "/teams/" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "#postponement-table tbody tr")
    ours = [row for row in rows if f"→ {later}" in row.text and "Customer rescheduled" in row.text]
    assert ours, [row.text for row in rows]
    postponement = ours[0].get_attribute("data-postponement-id")
    submit(browser, f"verify-{postponement}")
    reviewed = browser.find_element(By.CSS_SELECTOR, f"tr[data-postponement-id='{postponement}']")
    assert "Verified obstacle" in reviewed.text

    click_through(browser, browser.find_element(By.ID, "team-execution"))
    assert browser.find_element(By.ID, "execution-title").text.startswith("Execution:")
    for section in ("time-allocation", "execution-rate", "pressure", "momentum", "deal-results", "reasons"):
        assert browser.find_element(By.ID, section).is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, "main svg")) >= 3
    assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
    # Every visible menu link and button a thumb presses is at least 40 px tall.
    small = browser.execute_script("""
        return Array.from(document.querySelectorAll('.nav a, main button, main .button'))
          .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 39.5)
          .map(e => e.textContent.trim() + ' ' + Math.round(e.getBoundingClientRect().height));""")
    assert not small, small

    # A custom range picked as days: the analyses count the whole weeks holding them, and the
    # fields then show those weeks' first Monday and last Sunday.
    today = datetime.date.today()
    start, end = today - datetime.timedelta(days=40), today - datetime.timedelta(days=12)
    for field, day in (("period-from", start), ("period-to", end)):
        browser.execute_script("arguments[0].value = arguments[1]", browser.find_element(By.ID, field), day.isoformat())
    click_through(browser, browser.find_element(By.CSS_SELECTOR, "#execution-filter button[type=submit]"))
    monday = start - datetime.timedelta(days=start.weekday())
    sunday = end + datetime.timedelta(days=6 - end.weekday())
    assert browser.find_element(By.ID, "period-from").get_attribute("value") == monday.isoformat()
    assert browser.find_element(By.ID, "period-to").get_attribute("value") == sunday.isoformat()
    assert browser.find_element(By.ID, "period-whole-weeks").is_displayed()
    # A period people name, counted from today.
    click_through(browser, browser.find_element(By.LINK_TEXT, "last quarter"))
    assert browser.find_element(By.CSS_SELECTOR, "#period-calendar strong[aria-current]").text == "last quarter"
    assert browser.find_element(By.ID, "time-allocation").is_displayed()
