"""The competence journey: leadership opens an assessment cycle, a manager rates a seller and
submits, and the seller sees their radar once the cycle closes — not before."""
import uuid

from selenium.webdriver.common.by import By

from conftest import BASE_URL, click_through, sign_in, sign_out, submit


def close_open_cycle(browser):
    browser.get(f"{BASE_URL}/competence")
    if browser.find_elements(By.ID, "cycle-progress"):
        # Closing is final: it happens on the progress page, after confirming what is missing.
        click_through(browser, browser.find_element(By.ID, "cycle-progress"))
        assert browser.find_element(By.ID, "progress-teams")
        browser.find_element(By.ID, "confirm-close").click()
        submit(browser, "close-cycle")
        assert browser.find_element(By.ID, "competence-notice")


def test_a_manager_rates_a_seller_who_sees_the_radar_after_the_cycle_closes(browser):
    sign_in(browser, "seller")
    seller_id = browser.find_element(By.ID, "nav-my-profile").get_attribute("href").rstrip("/").split("/")[-1]
    sign_out(browser)

    # Leadership closes the demo's running cycle and opens a new one for every seller.
    name = f"Competence check {uuid.uuid4().hex[:6]}"
    sign_in(browser, "leader")
    close_open_cycle(browser)
    browser.find_element(By.ID, "cycle-name").send_keys(name)
    submit(browser, "open-cycle-submit")
    assert name in browser.find_element(By.ID, "open-cycle").text
    sign_out(browser)

    # The manager rates the seller on every competency of their role profile and submits.
    sign_in(browser, "manager")
    browser.get(f"{BASE_URL}/competence")
    click_through(browser, browser.find_element(By.ID, f"rate-{seller_id}"))
    fieldsets = browser.find_elements(By.CSS_SELECTOR, "#rating-form fieldset.rating")
    assert len(fieldsets) >= 3
    # A rating scale looks like one: each level's control sits on the row of its number and
    # behaviour (the radio buttons once floated a line away from their level).
    for choice in fieldsets[0].find_elements(By.CSS_SELECTOR, "label.level-choice"):
        radio = choice.find_element(By.CSS_SELECTOR, "input[type=radio]").rect
        number = choice.find_element(By.CSS_SELECTOR, ".level-number").rect
        assert abs((radio["y"] + radio["height"] / 2) - (number["y"] + number["height"] / 2)) < number["height"], choice.text
        assert radio["x"] < number["x"], choice.text
    assert fieldsets[0].find_elements(By.CSS_SELECTOR, "label.level-choice.target"), "the target level is marked"
    for index, fieldset in enumerate(fieldsets):
        field = fieldset.get_attribute("id")
        level = 2 + index % 3
        browser.find_element(By.CSS_SELECTOR, f"label[for='{field}-{level}']").click()
    competency = fieldsets[0].get_attribute("id").removeprefix("level-")
    browser.find_element(By.ID, f"evidence-{competency}").send_keys("Led the Telia renewal meeting; traded volume for term.")
    submit(browser, "submit-rating")
    assert browser.find_element(By.ID, "form-submitted")
    cycle_path = browser.current_url.split("/people/")[0].removeprefix(BASE_URL)
    sign_out(browser)

    # While the cycle runs, the seller's results wait.
    sign_in(browser, "seller")
    browser.get(f"{BASE_URL}{cycle_path}/people/{seller_id}")
    assert browser.find_element(By.ID, "results-wait")
    assert not browser.find_elements(By.CSS_SELECTOR, "#results-radar svg")
    sign_out(browser)

    sign_in(browser, "leader")
    close_open_cycle(browser)
    sign_out(browser)

    # Closed: the seller finds the cycle under their results and sees the radar and the levels.
    sign_in(browser, "seller")
    browser.get(f"{BASE_URL}/competence")
    click_through(browser, browser.find_element(By.LINK_TEXT, name))
    radar = browser.find_element(By.CSS_SELECTOR, "#results-radar svg")
    assert radar.get_attribute("role") == "img"
    first = browser.find_element(By.ID, f"result-{competency}")
    assert first.find_element(By.CSS_SELECTOR, "td.level").text == "2"
    browser.find_element(By.ID, "comment-text").send_keys("Agreed on the renewal; I want more practice on procurement.")
    submit(browser, "comment-submit")
    assert "more practice on procurement" in browser.find_element(By.ID, "comment-text").text


# Each row's text and whether its checkbox sits left of the text, on the text's line. Measured in
# the page in one go: a whole organization's people are hundreds of rows.
CHECKBOX_ROWS = """
    return Array.from(document.querySelectorAll(arguments[0])).map(row => {
      const box = row.querySelector('input[type=checkbox]').getBoundingClientRect();
      const text = row.querySelector('span').getBoundingClientRect();
      return [row.textContent.trim(), box.x < text.x && text.y - box.height <= box.y && box.y <= text.y + text.height];
    });"""


def checkbox_rows_hold_their_text(browser, selector):
    """Each checkbox sits on the row of its text, left of it (they once floated a line away)."""
    rows = browser.execute_script(CHECKBOX_ROWS, selector)
    assert rows, selector
    assert all(in_line for _, in_line in rows), [text for text, in_line in rows if not in_line][:5]


def test_leadership_chooses_the_people_to_calibrate_from_their_teams(browser):
    sign_in(browser, "leader")
    for width in (1366, 390):
        browser.set_window_size(width, 900)
        browser.get(f"{BASE_URL}/competence/calibrations/new")
        assert not browser.find_elements(By.CSS_SELECTOR, "textarea#calibration-people")
        checkbox_rows_hold_their_text(browser, "#calibration-people label.check-row")
        checkbox_rows_hold_their_text(browser, "#raters label.check-row")
        assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0

    name = f"Calibration {uuid.uuid4().hex[:6]}"
    browser.find_element(By.ID, "calibration-name").send_keys(name)
    for selector in ("#competencies label.check-row", "#raters label.check-row", "#calibration-people label.check-row"):
        for row in browser.find_elements(By.CSS_SELECTOR, selector)[:2]:
            row.click()
    submit(browser, "calibration-create")
    assert browser.find_element(By.ID, "calibration-title").text == name
